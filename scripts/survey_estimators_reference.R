# Reference values for njov's ratios, quantiles, by-group estimates and
# Rao-Scott tests, from R `survey` (Debian's r-cran-survey 4.1-1, packageVersion
# "4.1.1", on R 4.2.2).
#
# Run from the crate root:  Rscript scripts/survey_estimators_reference.R
#
# Writes
#   tests/data/survey_estimators/apistrat.csv, apiclus1.csv, apiclus2.csv
#       (the api columns the tests use, with the categorical mealcat and both)
#   tests/data/survey_estimators_reference.csv   (one row per value)
#
# Columns: dataset, design, stat, var, denom, domain, by, level, prob, alpha,
# estimate, se, lower, upper, df, ddf, p_value.
#   stat      ratio | quantile | by_total | by_mean | by_ratio | by_quantile |
#             chisq | cell_total | cell_proportion
#   domain    "" or COL=VALUE (R's subset of the design)
#   by        the svyby column; level its level ("" for whole-design rows);
#             for cells, level is ROW:COL
#   prob      the quantile's probability; alpha its interval's alpha
#   chisq     estimate = F, df = ndf (d0), ddf = d0 nu, p_value, se = Pearson X2
#
# svyquantile defaults of survey 4.1-1, as used here: qrule = "math",
# interval.type = "mean" (Woodruff), se = diff(ci) / (2 qt(1 - alpha/2, degf)).
suppressMessages(library(survey))
data(api)

write17 <- function(d, path) {
  for (n in names(d)) {
    if (is.double(d[[n]])) d[[n]] <- ifelse(is.na(d[[n]]), NA, sprintf("%.17g", d[[n]]))
  }
  write.csv(d, path, row.names = FALSE, na = "", quote = FALSE)
}

dir.create("tests/data/survey_estimators", recursive = TRUE, showWarnings = FALSE)
prep <- function(d) {
  d$sch_wide <- as.integer(d$sch.wide == "Yes")
  d$awards01 <- as.integer(d$awards == "Yes")
  d$stype <- as.character(d$stype)
  # this version's api data has no mealcat: thirds of the percentage of meals
  d$mealcat <- as.character(cut(d$meals, c(-1, 33, 66, 101), labels = c("low", "mid", "high")))
  d$both <- as.character(d$both)
  d
}
apistrat <- prep(apistrat)
apiclus1 <- prep(apiclus1)
apiclus2 <- prep(apiclus2)
keep <- c("stype", "dnum", "snum", "api00", "api99", "enroll", "meals", "ell",
          "sch_wide", "awards01", "mealcat", "both", "pw")
write17(apistrat[, c(keep, "fpc")], "tests/data/survey_estimators/apistrat.csv")
write17(apiclus1[, c(keep, "fpc")], "tests/data/survey_estimators/apiclus1.csv")
write17(apiclus2[, c(keep, "fpc1", "fpc2")], "tests/data/survey_estimators/apiclus2.csv")

rows <- list()
add <- function(dataset, design, stat, var, denom = "", domain = "", by = "", level = "",
                prob = NA, alpha = NA, estimate = NA, se = NA, lower = NA, upper = NA,
                df = NA, ddf = NA, p_value = NA) {
  rows[[length(rows) + 1]] <<- data.frame(
    dataset = dataset, design = design, stat = stat, var = var, denom = denom,
    domain = domain, by = by, level = as.character(level), prob = as.numeric(prob),
    alpha = as.numeric(alpha), estimate = as.numeric(estimate), se = as.numeric(se),
    lower = as.numeric(lower), upper = as.numeric(upper), df = as.numeric(df),
    ddf = as.numeric(ddf), p_value = as.numeric(p_value), stringsAsFactors = FALSE)
}

sub_design <- function(des, domain) {
  if (domain == "") return(des)
  kv <- strsplit(domain, "=")[[1]]
  des[as.character(des$variables[[kv[1]]]) == kv[2], ]
}

fm <- function(v) as.formula(paste0("~", v))

run <- function(dataset, name, des, domains, ratios, qvars, probs, byvars, tables) {
  for (domain in domains) {
    d <- sub_design(des, domain)
    for (r in ratios) {
      rr <- svyratio(fm(r[1]), fm(r[2]), d)
      add(dataset, name, "ratio", r[1], r[2], domain, estimate = coef(rr), se = SE(rr),
          df = degf(d))
    }
    for (v in qvars) {
      for (alpha in c(0.05, 0.1)) {
        q <- svyquantile(fm(v), d, probs, alpha = alpha)[[1]]
        for (i in seq_along(probs)) {
          add(dataset, name, "quantile", v, "", domain, prob = probs[i], alpha = alpha,
              estimate = q[i, 1], se = q[i, 4], lower = q[i, 2], upper = q[i, 3],
              df = degf(d))
        }
      }
    }
    for (tb in tables) {
      # a table of the domain's own column has one level there
      if (domain != "" && strsplit(domain, "=")[[1]][1] %in% tb) next
      f <- as.formula(paste0("~", tb[1], "+", tb[2]))
      x <- svychisq(f, d)
      add(dataset, name, "chisq", tb[1], tb[2], domain, estimate = x$statistic,
          se = unname(chisq.test(svytable(f, d, Ntotal = nrow(d)), correct = FALSE)$statistic),
          df = x$parameter[1], ddf = x$parameter[2], p_value = x$p.value)
      cnt <- svytable(f, d)
      cf <- as.formula(paste0("~interaction(factor(", tb[1], "), factor(", tb[2], "))"))
      m <- svymean(cf, d)
      lv <- expand.grid(r = rownames(cnt), c = colnames(cnt), stringsAsFactors = FALSE)
      for (i in seq_len(nrow(lv))) {
        key <- paste0(lv$r[i], ":", lv$c[i])
        add(dataset, name, "cell_total", tb[1], tb[2], domain, level = key,
            estimate = cnt[lv$r[i], lv$c[i]])
        add(dataset, name, "cell_proportion", tb[1], tb[2], domain, level = key,
            estimate = coef(m)[i], se = SE(m)[i])
      }
    }
    for (b in byvars) {
      bf <- fm(b)
      for (v in qvars[1:2]) {
        t <- svyby(fm(v), bf, d, svytotal)
        m <- svyby(fm(v), bf, d, svymean)
        q <- svyby(fm(v), bf, d, svyquantile, quantiles = 0.5, ci = TRUE)
        for (i in seq_len(nrow(t))) {
          lev <- as.character(t[i, 1])
          add(dataset, name, "by_total", v, "", domain, b, lev, estimate = t[i, 2], se = t[i, 3])
          add(dataset, name, "by_mean", v, "", domain, b, lev, estimate = m[i, 2], se = m[i, 3])
          add(dataset, name, "by_quantile", v, "", domain, b, lev, prob = 0.5, alpha = 0.05,
              estimate = q[i, 2], se = q[i, 3])
        }
      }
      r <- svyby(~api00, bf, d, svyratio, denominator = ~api99)
      for (i in seq_len(nrow(r))) {
        add(dataset, name, "by_ratio", "api00", "api99", domain, b, as.character(r[i, 1]),
            estimate = r[i, 2], se = r[i, 3])
      }
    }
  }
}

probs <- c(0.01, 0.1, 0.25, 1 / 3, 0.5, 0.75, 0.9, 0.99)
ratios <- list(c("api00", "api99"), c("meals", "enroll"))
qvars <- c("api00", "enroll", "meals")
tables <- list(c("sch_wide", "stype"), c("mealcat", "stype"), c("awards01", "both"))

strat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
run("apistrat", "strat_fpc", strat, c("", "stype=E", "stype=M"), ratios, qvars, probs,
    c("stype", "awards01", "mealcat"), tables)
strat_nofpc <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat)
run("apistrat", "strat_nofpc", strat_nofpc, c("", "sch_wide=1"), ratios, qvars, probs,
    c("mealcat"), tables[2:3])
clus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
run("apiclus1", "clus1_fpc", clus1, c("", "stype=E"), ratios, qvars, probs,
    c("stype", "awards01"), tables)
clus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
# apiclus2's enroll has missing values: api00 and meals
run("apiclus2", "clus2_fpc", clus2, c("", "stype=E"), ratios[1], c("api00", "meals"), probs,
    c("stype"), tables[2])

out <- do.call(rbind, rows)
write17(out, "tests/data/survey_estimators_reference.csv")
cat("wrote", nrow(out), "reference rows; survey", as.character(packageVersion("survey")), "\n")
