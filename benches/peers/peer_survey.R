# R survey: a stratified cluster total of y with its standard error, whole
# process from the CSV file, each stage timed.
# Usage: Rscript peer_survey.R FILE.csv     prints JSON (total, se, stage times)
t0 <- proc.time()[["elapsed"]]
suppressPackageStartupMessages({
  library(data.table)
  library(survey)
})
setDTthreads(1)
t_load <- proc.time()[["elapsed"]]
dt <- fread(commandArgs(trailingOnly = TRUE)[1])
setDF(dt) # survey indexes its data as a data.frame
t_read <- proc.time()[["elapsed"]]
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, fpc = ~fpc, nest = TRUE, data = dt)
t_design <- proc.time()[["elapsed"]]
tot <- svytotal(~y, des)
t_total <- proc.time()[["elapsed"]]
cat(sprintf(
  paste0('{"tool": "R %s.%s, survey %s, data.table %s", "total": %.17g, "se": %.17g, ',
         '"stages": {"library": %.3f, "fread": %.3f, "svydesign": %.3f, "svytotal": %.3f}}\n'),
  R.version$major, R.version$minor, packageVersion("survey"), packageVersion("data.table"),
  coef(tot)[[1]], SE(tot)[[1]],
  t_load - t0, t_read - t_load, t_design - t_read, t_total - t_design
))
