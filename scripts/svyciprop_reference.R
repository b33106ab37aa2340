#!/usr/bin/env Rscript
# Reference values from R survey's svyciprop() on small designs from the
# package's own `api` data, for the design-based proportion methods.
#
# Writes tests/data/svyciprop_reference.csv with, per (design, variable,
# method, level): the estimate, its variance (vcov of svymean), the number of
# rows of the design (the `n` of the Korn-Graubard df adjustment), degf(design)
# and the limits. njov reproduces them from (estimate, variance, n, df):
#   mean   <-> wald        (R does not clip; the rows used are interior)
#   xlogit <-> logit
#   asin   <-> asin        (R folds the angle outside [0, pi/2]; rows are interior)
#   beta   <-> korn-graubard (n = nrow(design), df = degf(design); R ignores
#                             svyciprop's df argument for "beta")
#   logit  (svyglm quasibinomial Wald) ~ xlogit to IRLS tolerance
# Debian's r-cran-survey is 4.1-1, which has no method = "wilson" (4.5 does).
#
# Usage: Rscript scripts/svyciprop_reference.R
suppressPackageStartupMessages(library(survey))
data(api)
designs <- list(
  clus1 = svydesign(id = ~dnum, weights = ~pw, data = apiclus1, fpc = ~fpc),
  strat = svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat, fpc = ~fpc),
  clus2 = svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
)
vars <- list(
  sch_wide = ~I(sch.wide == "Yes"),
  meals_over_50 = ~I(meals > 50),
  awards = ~I(awards == "Yes"),
  api_over_850 = ~I(api00 > 850)
)
methods <- c("mean", "xlogit", "asin", "beta", "logit")
out <- NULL
for (dn in names(designs)) {
  d <- designs[[dn]]
  for (vn in names(vars)) {
    f <- vars[[vn]]
    m <- svymean(f, d)
    # svymean of a logical gives FALSE/TRUE columns; take TRUE
    est <- coef(m)[2]
    v <- vcov(m)[2, 2]
    for (meth in methods) {
      for (level in c(0.90, 0.95)) {
        r <- svyciprop(f, d, method = meth, level = level)
        ci <- attr(r, "ci")
        out <- rbind(out, data.frame(
          design = dn, variable = vn, method = meth, level = level,
          estimate = sprintf("%.17g", est), variance = sprintf("%.17g", v),
          n = nrow(d), df = degf(d),
          lower = sprintf("%.17g", ci[1]), upper = sprintf("%.17g", ci[2]),
          r_estimate = sprintf("%.17g", coef(r)[1])
        ))
      }
    }
  }
}
out$survey_version <- as.character(packageVersion("survey"))
out$r_version <- paste(R.version$major, R.version$minor, sep = ".")
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("--file=", "", args[grep("--file=", args)])))
write.csv(out, file.path(here, "..", "tests", "data", "svyciprop_reference.csv"), row.names = FALSE, quote = FALSE)
cat(nrow(out), "rows\n")
