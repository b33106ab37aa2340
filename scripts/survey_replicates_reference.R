# Reference values for njov's replicate-weight designs, from R `survey`
# (Debian's r-cran-survey 4.1-1, packageVersion "4.1.1", on R 4.2.2).
#
# Run from the crate root:  Rscript scripts/survey_replicates_reference.R
# (after scripts/survey_estimators_reference.R, whose api files it reads).
#
# Writes
#   tests/data/survey_replicates/paired.csv      apiclus2's first 30 districts
#       (sorted by dnum) in 15 strata of two districts, for BRR and Fay
#   tests/data/survey_replicates/public_use.csv  apistrat with 50 bootstrap
#       replicate-weight columns (repw01..repw50, analysis weights, seed 18)
#       and the same as factors (fac01..fac50), as a public-use file ships them
#   tests/data/survey_replicates/pairs.csv   apistrat's first 180 schools (by
#       snum), two to a stratum (`pair`, labels whose sorted order is not the
#       order of appearance): the design with H strata is its first 2H rows
#   tests/data/survey_replicates_reference.csv   one row per value
#
# Designs (column `design`):
#   clus1_jk1, clus1_jk1_fpc   as.svrepdesign(apiclus1 by dnum, "JK1")
#   strat_jkn_fpc              as.svrepdesign(apistrat by stype with fpc, "JKn")
#   paired_brr, paired_fay     as.svrepdesign(paired, "BRR") / ("Fay", fay.rho = 0.3)
#   pairsH_brr, pairsH_fay     the same on pairs.csv's first 2H rows (schools the
#                              PSUs), H = 10, 13, 20, 25, 30, 33, 50, 90: Hadamard
#                              matrices of each of R's constructions (Paley 12,
#                              stored 16, Paley doubled 24, stored 28, Sylvester
#                              32, stored 36, stored 28 doubled 56, Paley via
#                              paley(95) 96); total and mean only
#   public_boot                svrepdesign(repweights = "repw", type = "bootstrap")
#   public_boot_factors        the factors, combined.weights = FALSE
#   public_other_mse           type = "other", scale = 0.02, rscales = 1, mse = TRUE
#   lonely_jkn_RULE            as.svrepdesign(apiclus1 by dnum in lstrat with lfpc, "JKn")
#                              with survey.lonely.psu = RULE (remove, certainty, adjust, average)
#   clus1_jk1_cal_linear       clus1_jk1 calibrated (linear) to apipop: ~stype + api99
#   public_boot_cal_raking     public_boot raked to apipop: ~stype + mealcat
#   public_boot_cal_bounded    public_boot, linear with bounds c(0.6, 1.6) (binding: unbounded, the replicates' g span 0.30-1.82): ~stype + mealcat + api99
# Rows: stat total | mean | proportion | ratio | quantile | df, by_* for
# svyby, chisq (estimate F, df ndf, se ddf, lower the p-value) and
# cell_proportion (level ROW:COL); se of a quantile is R's
# diff(ci) / (2 qt(1 - alpha/2, degf)).
suppressMessages(library(survey))
options(survey.replicates.mse = FALSE)

write17 <- function(d, path) {
  for (n in names(d)) {
    if (is.double(d[[n]])) d[[n]] <- ifelse(is.na(d[[n]]), NA, sprintf("%.17g", d[[n]]))
  }
  write.csv(d, path, row.names = FALSE, na = "", quote = FALSE)
}
dir.create("tests/data/survey_replicates", recursive = TRUE, showWarnings = FALSE)

apistrat <- read.csv("tests/data/survey_estimators/apistrat.csv", stringsAsFactors = FALSE)
apiclus1 <- read.csv("tests/data/survey_estimators/apiclus1.csv", stringsAsFactors = FALSE)
apiclus2 <- read.csv("tests/data/survey_estimators/apiclus2.csv", stringsAsFactors = FALSE)

d30 <- sort(unique(apiclus2$dnum))[1:30]
paired <- apiclus2[apiclus2$dnum %in% d30, ]
paired$pair <- sprintf("s%02d", (match(paired$dnum, d30) + 1) %/% 2)
paired <- paired[, c("pair", "dnum", "snum", "stype", "api00", "api99", "meals", "sch_wide", "pw")]
write17(paired, "tests/data/survey_replicates/paired.csv")

rows <- list()
add <- function(design, stat, var, denom = "", domain = "", by = "", level = "",
                prob = NA, estimate = NA, se = NA, lower = NA, upper = NA, df = NA) {
  rows[[length(rows) + 1]] <<- data.frame(
    design = design, stat = stat, var = var, denom = denom, domain = domain, by = by,
    level = as.character(level), prob = as.numeric(prob), estimate = as.numeric(estimate),
    se = as.numeric(se), lower = as.numeric(lower), upper = as.numeric(upper),
    df = as.numeric(df), stringsAsFactors = FALSE)
}
fm <- function(v) as.formula(paste0("~", v))
sub_design <- function(des, domain) {
  if (domain == "") return(des)
  kv <- strsplit(domain, "=")[[1]]
  des[as.character(des$variables[[kv[1]]]) == kv[2], ]
}

run <- function(name, des, domains, vars, prop, ratio, by, tables = list()) {
  for (domain in domains) {
    d <- sub_design(des, domain)
    for (tb in tables) {
      if (domain != "" && strsplit(domain, "=")[[1]][1] %in% tb) next
      f <- as.formula(paste0("~", tb[1], "+", tb[2]))
      x <- svychisq(f, d)
      add(name, "chisq", tb[1], tb[2], domain, estimate = x$statistic, se = x$parameter[2],
          lower = x$p.value, df = x$parameter[1])
      cf <- as.formula(paste0("~interaction(factor(", tb[1], "), factor(", tb[2], "))"))
      m <- svymean(cf, d)
      cnt <- svytable(f, d)
      lv <- expand.grid(r = rownames(cnt), c = colnames(cnt), stringsAsFactors = FALSE)
      for (i in seq_len(nrow(lv))) {
        add(name, "cell_proportion", tb[1], tb[2], domain, level = paste0(lv$r[i], ":", lv$c[i]),
            estimate = coef(m)[i], se = SE(m)[i])
      }
    }
    add(name, "df", "", domain = domain, estimate = degf(d))
    for (v in vars) {
      t <- svytotal(fm(v), d)
      add(name, "total", v, domain = domain, estimate = coef(t), se = SE(t), df = degf(d))
      m <- svymean(fm(v), d)
      add(name, "mean", v, domain = domain, estimate = coef(m), se = SE(m), df = degf(d))
      for (p in c(0.25, 0.5, 0.9)) {
        q <- svyquantile(fm(v), d, p)[[1]]
        add(name, "quantile", v, domain = domain, prob = p, estimate = q[1, 1], se = q[1, 4],
            lower = q[1, 2], upper = q[1, 3], df = degf(d))
      }
    }
    m <- svymean(fm(prop), d)
    add(name, "proportion", prop, domain = domain, estimate = coef(m), se = SE(m), df = degf(d))
    r <- svyratio(fm(ratio[1]), fm(ratio[2]), d)
    add(name, "ratio", ratio[1], ratio[2], domain, estimate = coef(r), se = SE(r), df = degf(d))
  }
  bf <- fm(by)
  v <- vars[1]
  t <- svyby(fm(v), bf, des, svytotal)
  m <- svyby(fm(v), bf, des, svymean)
  r <- svyby(fm(ratio[1]), bf, des, svyratio, denominator = fm(ratio[2]))
  q <- svyby(fm(v), bf, des, svyquantile, quantiles = 0.5, ci = TRUE)
  for (i in seq_len(nrow(t))) {
    lev <- as.character(t[i, 1])
    add(name, "by_total", v, by = by, level = lev, estimate = t[i, 2], se = t[i, 3])
    add(name, "by_mean", v, by = by, level = lev, estimate = m[i, 2], se = m[i, 3])
    add(name, "by_ratio", ratio[1], ratio[2], by = by, level = lev, estimate = r[i, 2], se = r[i, 3])
    add(name, "by_quantile", v, by = by, level = lev, prob = 0.5, estimate = q[i, 2], se = q[i, 3])
  }
}

vars <- c("api00", "enroll")
clus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1)
tables <- list(c("sch_wide", "stype"), c("mealcat", "awards01"))
run("clus1_jk1", as.svrepdesign(clus1, type = "JK1"), c("", "stype=E"), vars, "sch_wide",
    c("api00", "api99"), "stype", tables)
clus1f <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
run("clus1_jk1_fpc", as.svrepdesign(clus1f, type = "JK1"), c("", "stype=H"), vars, "sch_wide",
    c("api00", "api99"), "stype")
strat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
run("strat_jkn_fpc", as.svrepdesign(strat, type = "JKn"), c("", "stype=M"), vars, "sch_wide",
    c("meals", "enroll"), "mealcat", tables)

pd <- svydesign(id = ~dnum, strata = ~pair, weights = ~pw, data = paired)
run("paired_brr", as.svrepdesign(pd, type = "BRR"), c("", "stype=E"), c("api00", "meals"),
    "sch_wide", c("api00", "api99"), "stype", list(c("sch_wide", "stype")))
run("paired_fay", as.svrepdesign(pd, type = "Fay", fay.rho = 0.3), c("", "stype=E"),
    c("api00", "meals"), "sch_wide", c("api00", "api99"), "stype")

# A public-use-style file: bootstrap replicate weights made once here and
# shipped as columns; the tests read the columns, not R's random numbers.
set.seed(18)
boot <- as.svrepdesign(strat, type = "bootstrap", replicates = 50, compress = FALSE)
aw <- weights(boot, "analysis")
fac <- as.matrix(boot$repweights)
pub <- apistrat
for (k in 1:50) pub[[sprintf("repw%02d", k)]] <- aw[, k]
for (k in 1:50) pub[[sprintf("fac%02d", k)]] <- fac[, k]
write17(pub, "tests/data/survey_replicates/public_use.csv")
pub <- read.csv("tests/data/survey_replicates/public_use.csv", stringsAsFactors = FALSE)
pb <- svrepdesign(data = pub, weights = ~pw, repweights = "repw[0-9]+", type = "bootstrap",
                  combined.weights = TRUE)
run("public_boot", pb, c("", "stype=E"), vars, "sch_wide", c("api00", "api99"), "stype", tables)
pbf <- suppressWarnings(svrepdesign(data = pub, weights = ~pw, repweights = "fac[0-9]+",
                                    type = "bootstrap", combined.weights = FALSE))
run("public_boot_factors", pbf, c(""), vars, "sch_wide", c("api00", "api99"), "stype")
po <- svrepdesign(data = pub, weights = ~pw, repweights = "repw[0-9]+", type = "other",
                  scale = 0.02, rscales = 1, combined.weights = TRUE, mse = TRUE)
run("public_other_mse", po, c("", "stype=H"), vars, "sch_wide", c("api00", "api99"), "stype",
    tables)

# JKn on a design with a stratum of one PSU (scripts/survey_reference.R's
# lstrat of apiclus1), under each lonely-PSU rule of jknweights.
api1 <- read.csv("tests/data/api/apiclus1.csv", stringsAsFactors = FALSE)
for (lonely in c("remove", "certainty", "adjust", "average")) {
  options(survey.lonely.psu = lonely)
  des <- svydesign(id = ~dnum, strata = ~lstrat, weights = ~pw, fpc = ~lfpc, data = api1)
  run(paste0("lonely_jkn_", lonely), as.svrepdesign(des, type = "JKn"), c("", "stype=E"), vars,
      "sch_wide", c("api00", "api99"), "stype")
}
options(survey.lonely.psu = "fail")

# Calibrated replicate designs (calibrate on a svyrep.design: the full-sample
# and every replicate's weights calibrated to apipop's totals; the population
# file of scripts/survey_calibration_reference.R, recomputed here). compress =
# FALSE: survey 4.1-1's default compress = NA fails in `if` for uncompressed
# replicate weights.
api_env <- new.env()
data(api, envir = api_env) # apipop only: the other api data frames here are the CSV files
apipop <- api_env$apipop
apipop$mealcat <- as.character(cut(apipop$meals, c(-1, 33, 66, 101), labels = c("low", "mid", "high")))
Nst <- table(as.character(apipop$stype))
Nmc <- table(apipop$mealcat)
pop_st <- c(`(Intercept)` = sum(Nst), stypeH = Nst[["H"]], stypeM = Nst[["M"]])
pop_mc <- c(mealcatlow = Nmc[["low"]], mealcatmid = Nmc[["mid"]])
pop_99 <- c(api99 = sum(apipop$api99))
apiclus1$mealcat <- factor(apiclus1$mealcat, levels = c("high", "low", "mid"))
clus1 <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1)
run("clus1_jk1_cal_linear", calibrate(as.svrepdesign(clus1, type = "JK1"), ~stype + api99,
                                      c(pop_st, pop_99)),
    c("", "stype=E"), vars, "sch_wide", c("api00", "api99"), "stype", tables)
pub$mealcat <- factor(pub$mealcat, levels = c("high", "low", "mid"))
pb <- svrepdesign(data = pub, weights = ~pw, repweights = "repw[0-9]+", type = "bootstrap",
                  combined.weights = TRUE)
run("public_boot_cal_raking", calibrate(pb, ~stype + mealcat, c(pop_st, pop_mc), calfun = "raking",
                                          compress = FALSE),
    c("", "stype=E"), vars, "sch_wide", c("api00", "api99"), "stype")
run("public_boot_cal_bounded",
    calibrate(pb, ~stype + mealcat + api99, c(pop_st, pop_mc, pop_99), calfun = "linear",
              bounds = c(0.6, 1.6), compress = FALSE),
    c(""), vars, "sch_wide", c("api00", "api99"), "stype")

# BRR and Fay for numbers of strata whose Hadamard matrix is not Sylvester's
# (scripts/hadamard_tables.R has the matrices themselves).
api_strat <- apistrat[order(apistrat$snum), ][1:180, ]
api_strat$pair <- sprintf("p%03d", (((seq_len(180) + 1) %/% 2) * 37) %% 101)
pairs <- api_strat[, c("pair", "snum", "stype", "api00", "api99", "pw")]
write17(pairs, "tests/data/survey_replicates/pairs.csv")
pairs <- read.csv("tests/data/survey_replicates/pairs.csv", stringsAsFactors = FALSE)
for (H in c(10, 13, 20, 25, 30, 33, 50, 90)) {
  pd <- svydesign(id = ~snum, strata = ~pair, weights = ~pw, data = pairs[seq_len(2 * H), ])
  for (type in c("brr", "fay")) {
    des <- if (type == "brr") as.svrepdesign(pd, type = "BRR") else
      as.svrepdesign(pd, type = "Fay", fay.rho = 0.3)
    stopifnot(ncol(des$repweights$weights) == nrow(hadamard(H)))
    name <- paste0("pairs", H, "_", type)
    for (domain in c("", "stype=E")) {
      d <- sub_design(des, domain)
      add(name, "df", "", domain = domain, estimate = degf(d))
      for (v in c("api00", "api99")) {
        t <- svytotal(fm(v), d)
        add(name, "total", v, domain = domain, estimate = coef(t), se = SE(t), df = degf(d))
        m <- svymean(fm(v), d)
        add(name, "mean", v, domain = domain, estimate = coef(m), se = SE(m), df = degf(d))
      }
    }
  }
}

out <- do.call(rbind, rows)
write17(out, "tests/data/survey_replicates_reference.csv")
cat("wrote", nrow(out), "reference rows; survey", as.character(packageVersion("survey")), "\n")
