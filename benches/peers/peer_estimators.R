# R survey: the two estimator workloads of the harness, whole process from the
# CSV file, each stage timed.
# Usage:
#   Rscript peer_estimators.R jk1 FILE.csv
#       svydesign(ids = ~psu, weights = ~w) (one stage, unstratified), then
#       as.svrepdesign(type = "JK1") (one replicate per PSU, compressed as R's
#       default), then svytotal(~y)
#   Rscript peer_estimators.R calibrate FILE.csv POP.csv
#       svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE),
#       then calibrate(~factor(stratum) + z, calfun = "linear") to the totals of
#       POP.csv (variable,level,total: one row per stratum, one for z with an
#       empty level), then svytotal(~y)
# Prints JSON (total, se, stage times).
t0 <- proc.time()[["elapsed"]]
suppressPackageStartupMessages({
  library(data.table)
  library(survey)
})
setDTthreads(1)
args <- commandArgs(trailingOnly = TRUE)
workload <- args[1]
t_load <- proc.time()[["elapsed"]]
dt <- fread(args[2])
setDF(dt) # survey indexes its data as a data.frame
t_read <- proc.time()[["elapsed"]]
if (workload == "jk1") {
  des <- svydesign(ids = ~psu, weights = ~w, data = dt)
  t_design <- proc.time()[["elapsed"]]
  rep <- as.svrepdesign(des, type = "JK1")
  t_prep <- proc.time()[["elapsed"]]
  tot <- svytotal(~y, rep)
  prep <- "as.svrepdesign"
  extra <- sprintf(', "replicates": %d', ncol(rep$repweights))
} else if (workload == "calibrate") {
  pop <- read.csv(args[3], colClasses = c("character", "character", "numeric"))
  des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, nest = TRUE, data = dt)
  t_design <- proc.time()[["elapsed"]]
  st <- pop[pop$variable == "stratum", ]
  lev <- levels(factor(dt$stratum))
  st_tot <- setNames(st$total, st$level)[lev]
  if (anyNA(st_tot)) stop("the population file lacks a stratum of the data")
  # model.matrix order: the intercept (the population size), every stratum
  # but the first, then z
  popv <- c(`(Intercept)` = sum(st_tot),
            setNames(st_tot[-1], paste0("factor(stratum)", lev[-1])),
            z = pop$total[pop$variable == "z"])
  cal <- calibrate(des, ~ factor(stratum) + z, population = popv, calfun = "linear")
  t_prep <- proc.time()[["elapsed"]]
  tot <- svytotal(~y, cal)
  prep <- "calibrate"
  extra <- ""
} else {
  stop("workload: jk1 or calibrate")
}
t_total <- proc.time()[["elapsed"]]
cat(sprintf(
  paste0('{"tool": "R %s.%s, survey %s, data.table %s", "total": %.17g, "se": %.17g%s, ',
         '"stages": {"library": %.3f, "fread": %.3f, "svydesign": %.3f, "%s": %.3f, "svytotal": %.3f}}\n'),
  R.version$major, R.version$minor, packageVersion("survey"), packageVersion("data.table"),
  coef(tot)[[1]], SE(tot)[[1]], extra,
  t_load - t0, t_read - t_load, t_design - t_read, prep, t_prep - t_design, t_total - t_prep
))
