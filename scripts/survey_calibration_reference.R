# Reference values for njov's calibration, from R `survey` (Debian's
# r-cran-survey 4.1-1, packageVersion "4.1.1", on R 4.2.2).
#
# Run from the crate root:  Rscript scripts/survey_calibration_reference.R
# (after scripts/survey_estimators_reference.R, whose api files it reads).
#
# Population totals come from R's apipop (6194 schools): counts of stype and
# of mealcat (thirds of meals, as in the estimators' files), the total of api99.
#
# Writes
#   tests/data/survey_calibration/population.csv   variable,level,total
#       (an empty level for a numeric term), the CLI's --calibrate file
#   tests/data/survey_calibration_reference.csv    one row per value
#
# Calibrations (column `calibration`), each of apiclus1 (one-stage cluster
# sample with fpc) and apistrat (stratified, with fpc):
#   linear        calibrate(~stype + api99)                      regcalibrate
#   linear_bounded  calfun "linear", ~stype + mealcat + api99, bounds c(0.2, 2)
#                   (apiclus1) or c(0.88, 1.12) (apistrat)
#   poststratify  postStratify(~mealcat) to apipop's counts
#   raking        calfun "raking", ~stype + mealcat
#   raking_bounded  calfun "raking", ~stype + mealcat + api99, bounds c(0.3, 2.5)
#                   (apiclus1) or c(0.88, 1.12) (apistrat)
# Rows: stat weight (level = row number), total, mean, ratio, quantile, by_*,
# chisq (estimate F, upper ndf, se ddf, lower the p-value);
# domain "" or stype=E.
suppressMessages(library(survey))
data(api)

write17 <- function(d, path) {
  for (n in names(d)) {
    if (is.double(d[[n]])) d[[n]] <- ifelse(is.na(d[[n]]), NA, sprintf("%.17g", d[[n]]))
  }
  write.csv(d, path, row.names = FALSE, na = "", quote = FALSE)
}
dir.create("tests/data/survey_calibration", recursive = TRUE, showWarnings = FALSE)

mealcat <- function(m) as.character(cut(m, c(-1, 33, 66, 101), labels = c("low", "mid", "high")))
apipop$mealcat <- mealcat(apipop$meals)
apipop$stype <- as.character(apipop$stype)
Nst <- table(apipop$stype)
Nmc <- table(apipop$mealcat)
T99 <- sum(apipop$api99)
popfile <- data.frame(
  variable = c(rep("stype", length(Nst)), rep("mealcat", length(Nmc)), "api99"),
  level = c(names(Nst), names(Nmc), ""),
  total = as.numeric(c(Nst, Nmc, T99)), stringsAsFactors = FALSE)
write17(popfile, "tests/data/survey_calibration/population.csv")

# R's population vectors, in model.matrix order
pop_st <- c(`(Intercept)` = sum(Nst), stypeH = Nst[["H"]], stypeM = Nst[["M"]])
pop_mc <- c(mealcatlow = Nmc[["low"]], mealcatmid = Nmc[["mid"]])  # "high" first
pop_99 <- c(api99 = T99)

rows <- list()
add <- function(dataset, calibration, stat, var, denom = "", domain = "", by = "", level = "",
                prob = NA, estimate = NA, se = NA, lower = NA, upper = NA) {
  rows[[length(rows) + 1]] <<- data.frame(
    dataset = dataset, calibration = calibration, stat = stat, var = var, denom = denom,
    domain = domain, by = by, level = as.character(level), prob = as.numeric(prob),
    estimate = as.numeric(estimate), se = as.numeric(se), lower = as.numeric(lower),
    upper = as.numeric(upper), stringsAsFactors = FALSE)
}
fm <- function(v) as.formula(paste0("~", v))

run <- function(dataset, name, des) {
  w <- weights(des)
  for (i in seq_along(w)) add(dataset, name, "weight", "", level = i, estimate = w[i])
  for (domain in c("", "stype=E")) {
    d <- if (domain == "") des else subset(des, stype == "E")
    for (v in c("api00", "api99", "meals")) {
      t <- svytotal(fm(v), d)
      add(dataset, name, "total", v, domain = domain, estimate = coef(t), se = SE(t))
      m <- svymean(fm(v), d)
      add(dataset, name, "mean", v, domain = domain, estimate = coef(m), se = SE(m))
    }
    r <- svyratio(~api00, ~api99, d)
    add(dataset, name, "ratio", "api00", "api99", domain, estimate = coef(r), se = SE(r))
    q <- svyquantile(~api00, d, c(0.25, 0.5))[[1]]
    for (i in 1:2) {
      add(dataset, name, "quantile", "api00", domain = domain, prob = c(0.25, 0.5)[i],
          estimate = q[i, 1], se = q[i, 4], lower = q[i, 2], upper = q[i, 3])
    }
  }
  x <- svychisq(~sch_wide + mealcat, des)
  add(dataset, name, "chisq", "sch_wide", "mealcat", estimate = x$statistic, se = x$parameter[2],
      lower = x$p.value, upper = x$parameter[1])
  b <- svyby(~api00, ~mealcat, des, svymean)
  for (i in seq_len(nrow(b))) {
    add(dataset, name, "by_mean", "api00", by = "mealcat", level = as.character(b[i, 1]),
        estimate = b[i, 2], se = b[i, 3])
  }
}

for (dataset in c("apiclus1", "apistrat")) {
  dat <- read.csv(paste0("tests/data/survey_estimators/", dataset, ".csv"), stringsAsFactors = FALSE)
  dat$mealcat <- factor(dat$mealcat, levels = c("high", "low", "mid"))
  des <- if (dataset == "apiclus1") {
    svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = dat)
  } else {
    svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = dat)
  }
  run(dataset, "linear", calibrate(des, ~stype + api99, c(pop_st, pop_99)))
  # bounds that bind: unbounded, g spans [-0.27, 2.23] (linear) and
  # [0.26, 2.96] (raking) for apiclus1, [0.84, 1.15] for apistrat
  lb <- if (dataset == "apiclus1") c(0.2, 2) else c(0.88, 1.12)
  rb <- if (dataset == "apiclus1") c(0.3, 2.5) else c(0.88, 1.12)
  run(dataset, "linear_bounded",
      calibrate(des, ~stype + mealcat + api99, c(pop_st, pop_mc, pop_99),
                calfun = "linear", bounds = lb))
  run(dataset, "poststratify",
      postStratify(des, ~mealcat, data.frame(mealcat = names(Nmc), Freq = as.vector(Nmc))))
  run(dataset, "raking", calibrate(des, ~stype + mealcat, c(pop_st, pop_mc), calfun = "raking"))
  run(dataset, "raking_bounded",
      calibrate(des, ~stype + mealcat + api99, c(pop_st, pop_mc, pop_99),
                calfun = "raking", bounds = rb))
}

out <- do.call(rbind, rows)
write17(out, "tests/data/survey_calibration_reference.csv")
cat("wrote", nrow(out), "reference rows; survey", as.character(packageVersion("survey")), "\n")
