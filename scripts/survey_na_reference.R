# Reference values for estimation with missing values: R `survey`'s na.rm = TRUE.
#
# Run from the crate root:  Rscript scripts/survey_na_reference.R
# (Debian: apt-get install -y r-base-core r-cran-survey)
#
# Writes
#   tests/data/na/apistrat_na.csv, tests/data/na/apiclus1_na.csv
#       R's api data (the columns the tests use) with some values of api00, enroll,
#       ell and sch_wide set to missing by the fixed rules below; a missing value
#       is an empty field. meals is never missing (a control: na.rm changes nothing).
#   tests/data/survey_na_reference.csv
#       one row per estimate; lines starting with '#' are comments.
#
# What na.rm = TRUE does in survey 4.1-1 (svytotal.survey.design2,
# svymean.survey.design2): `design <- design[!is.na(x), ]`, i.e. the rows with a
# missing value leave the sample the way a domain's complement does: every PSU
# and stratum keeps its original count n_h (the per-row fpc$sampsize of the full
# design, by which onestrat pads absent PSUs with zeros), so the variance is the
# domain variance. The script checks this: for every estimate, na.rm = TRUE
# equals the same estimate on subset(design, !is.na(var)) (the `subset` rows),
# estimate, SE and deff alike, and stops if not.
#
# Columns: dataset, design, form, stat, var, denom, domain, method, level, n,
# n_missing, estimate, se, lower, upper, df, deff.
#   form      "na.rm": the R call with na.rm = TRUE on the design (or its domain
#             subset); `df` is degf() of the design passed, which still counts the
#             PSUs whose rows are all missing (R's svytotal/svymean carry no df; this
#             is the df svyciprop uses by default and confint(., df = degf(design))).
#             "subset": the same estimate on subset(design, <domain> & !is.na(var));
#             `df` is degf() of that subset (PSUs with at least one counted row,
#             less strata with at least one counted row).
#   domain    "" or COL=VALUE, as in tests/data/survey_reference.csv.
#   n         rows counted: in the domain and var not missing (svytotal's `nobs`
#             for the deff).
#   n_missing rows of the domain whose var is missing.
#   method    "" for totals and means (lower/upper: the t interval at 0.95 with
#             `df`) and for the plain proportion row (svymean of the 0/1 variable,
#             no interval); otherwise the svyciprop method, with "wilson" computed
#             by hand from svymean (survey 4.1-1 has no svyciprop wilson; formula of
#             survey 4.5) and "logit_converged" the svyglm logit fit run to
#             epsilon 1e-15, as in scripts/survey_reference.R.
suppressMessages(library(survey))
data(api)

write17 <- function(d, path, comments = character()) {
  for (n in names(d)) {
    if (is.double(d[[n]])) d[[n]] <- ifelse(is.na(d[[n]]), NA, sprintf("%.17g", d[[n]]))
  }
  con <- file(path, "w")
  if (length(comments)) writeLines(paste("#", comments), con)
  write.csv(d, con, row.names = FALSE, na = "", quote = FALSE)
  close(con)
}

prep <- function(d) {
  d$sch_wide <- as.integer(d$sch.wide == "Yes")
  d$stype <- as.character(d$stype)
  d
}
apistrat <- prep(apistrat)
apiclus1 <- prep(apiclus1)

# The missing values, by fixed rules on the school number snum and the district dnum.
# apistrat (200 schools, one per PSU; strata E 100, H 50, M 50):
#   api00     snum divisible by 9                        (scattered: 20 rows)
#   enroll    snum divisible by 13, or an H school with even snum
#                                                        (heavy in one stratum)
#   ell       every M school                             (a stratum with no value)
#   sch_wide  snum divisible by 11
# apiclus1 (183 schools in 15 districts, the PSUs):
#   api00     district 178 (all 4 schools: a PSU with no value), or snum divisible by 10
#   enroll    snum divisible by 7
#   ell       every M school
#   sch_wide  district 448 (all 12 schools), or snum divisible by 6
na_strat <- apistrat
na_strat$api00[na_strat$snum %% 9 == 0] <- NA
na_strat$enroll[na_strat$snum %% 13 == 0 | (na_strat$stype == "H" & na_strat$snum %% 2 == 0)] <- NA
na_strat$ell[na_strat$stype == "M"] <- NA
na_strat$sch_wide[na_strat$snum %% 11 == 0] <- NA
na_clus1 <- apiclus1
na_clus1$api00[na_clus1$dnum == 178 | na_clus1$snum %% 10 == 0] <- NA
na_clus1$enroll[na_clus1$snum %% 7 == 0] <- NA
na_clus1$ell[na_clus1$stype == "M"] <- NA
na_clus1$sch_wide[na_clus1$dnum == 448 | na_clus1$snum %% 6 == 0] <- NA

dir.create("tests/data/na", recursive = TRUE, showWarnings = FALSE)
keep <- c("cds", "stype", "dnum", "snum", "api00", "enroll", "meals", "ell", "sch_wide", "pw", "fpc")
na_strat <- na_strat[, keep]
na_clus1 <- na_clus1[, keep]
write17(na_strat, "tests/data/na/apistrat_na.csv")
write17(na_clus1, "tests/data/na/apiclus1_na.csv")

rows <- list()
add <- function(dataset, design, form, stat, var, domain, method, level, n, n_missing,
                estimate, se, lower = NA, upper = NA, df = NA, deff = NA) {
  rows[[length(rows) + 1]] <<- data.frame(
    dataset = dataset, design = design, form = form, stat = stat, var = var, denom = "",
    domain = domain, method = method, level = level, n = as.integer(n),
    n_missing = as.integer(n_missing),
    estimate = as.numeric(estimate), se = as.numeric(se), lower = as.numeric(lower),
    upper = as.numeric(upper), df = as.numeric(df), deff = as.numeric(deff),
    stringsAsFactors = FALSE)
}

in_domain <- function(des, domain) {
  if (domain == "") return(rep(TRUE, nrow(des$variables)))
  kv <- strsplit(domain, "=")[[1]]
  as.character(des$variables[[kv[1]]]) == kv[2]
}

same <- function(a, b, what) {
  ok <- isTRUE(all.equal(as.numeric(a), as.numeric(b), tolerance = 1e-12))
  if (!ok) stop("na.rm = TRUE differs from the subset design: ", what, ": ", a, " vs ", b)
}

wilson <- function(p, v, df, level) {
  n.eff <- p * (1 - p) / v
  z <- qt(1 - (1 - level) / 2, df)
  denom <- 1 + z^2 / n.eff
  centre <- (p + z^2 / (2 * n.eff)) / denom
  half <- z * sqrt(p * (1 - p) / n.eff + z^2 / (4 * n.eff^2)) / denom
  c(centre - half, centre + half)
}

estimates <- function(dataset, name, des, vars, domains, props, level = 0.95) {
  for (domain in domains) {
    dom <- in_domain(des, domain)
    # The design as an R user passes it: the full design, or subset() for a domain.
    d <- if (domain == "") des else des[dom, ]
    for (v in c(vars, props)) {
      miss <- is.na(des$variables[[v]])
      n <- sum(dom & !miss)
      n_missing <- sum(dom & miss)
      # The same rows as a domain: subset(design, <domain> & !is.na(v)).
      s <- des[dom & !miss, ]
      f <- as.formula(paste0("~", v))
      stats <- if (v %in% props) "proportion" else c("total", "mean")
      for (stat in stats) {
        fun <- if (stat == "total") svytotal else svymean
        a <- fun(f, d, na.rm = TRUE, deff = TRUE)
        b <- fun(f, s, deff = TRUE)
        same(coef(a), coef(b), paste(name, stat, v, domain, "estimate"))
        same(SE(a), SE(b), paste(name, stat, v, domain, "SE"))
        same(deff(a), deff(b), paste(name, stat, v, domain, "deff"))
        for (form in c("na.rm", "subset")) {
          e <- if (form == "na.rm") a else b
          df <- if (form == "na.rm") degf(d) else degf(s)
          if (stat == "proportion") {
            add(dataset, name, form, stat, v, domain, "", "", n, n_missing, coef(e), SE(e),
                df = df, deff = deff(e))
          } else {
            ci <- confint(e, df = df)
            add(dataset, name, form, stat, v, domain, "", "", n, n_missing, coef(e), SE(e),
                ci[1], ci[2], df = df, deff = deff(e))
          }
        }
      }
      if (v %in% props) {
        m <- svymean(f, s, deff = TRUE)
        for (method in c("mean", "logit", "xlogit", "beta", "asin")) {
          for (form in c("na.rm", "subset")) {
            ci <- if (form == "na.rm") {
              svyciprop(f, d, method = method, level = level, na.rm = TRUE)
            } else {
              svyciprop(f, s, method = method, level = level)
            }
            df <- if (form == "na.rm") degf(d) else degf(s)
            add(dataset, name, form, "proportion", v, domain, method, level, n, n_missing,
                as.numeric(unclass(ci)), SE(m), attr(ci, "ci")[[1]], attr(ci, "ci")[[2]],
                df = df, deff = deff(m))
          }
        }
        for (form in c("na.rm", "subset")) {
          df <- if (form == "na.rm") degf(d) else degf(s)
          # svyglm drops the rows with a missing response itself (na.action = na.omit,
          # then design[-nas, ]): the same fit whichever design it is given.
          g <- svyglm(as.formula(paste0(v, " ~ 1")), if (form == "na.rm") d else s,
                      family = quasibinomial,
                      control = glm.control(epsilon = 1e-15, maxit = 100))
          ci <- as.numeric(plogis(confint(g, 1, level = level, method = "Wald", ddf = df)))
          add(dataset, name, form, "proportion", v, domain, "logit_converged", level, n,
              n_missing, plogis(coef(g))[[1]], SE(m), ci[1], ci[2], df = df, deff = deff(m))
          w <- wilson(coef(m), vcov(m)[1, 1], df, level)
          add(dataset, name, form, "proportion", v, domain, "wilson", level, n, n_missing,
              coef(m), SE(m), w[1], w[2], df = df, deff = deff(m))
        }
      }
    }
  }
}

vars <- c("api00", "enroll", "ell", "meals")
props <- "sch_wide"
# ell is missing in every M school: no domain stype=M (R would give 0 with SE 0 for
# a domain without a counted row, not an error).
doms <- c("", "stype=E", "stype=H")

strat_fpc <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = na_strat)
estimates("apistrat_na", "strat_fpc", strat_fpc, vars, doms, props)
strat_nofpc <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = na_strat)
estimates("apistrat_na", "strat_nofpc", strat_nofpc, vars, doms, props)
clus1_fpc <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = na_clus1)
estimates("apiclus1_na", "clus1_fpc", clus1_fpc, vars, doms, props)
clus1_nofpc <- svydesign(id = ~dnum, weights = ~pw, data = na_clus1)
estimates("apiclus1_na", "clus1_nofpc", clus1_nofpc, vars, doms, props)

out <- do.call(rbind, rows)
versions <- sprintf("%s; survey %s", R.version.string, as.character(packageVersion("survey")))
write17(out, "tests/data/survey_na_reference.csv", c(
  "R survey with na.rm = TRUE on api data with missing values (tests/data/na/).",
  paste("Written by scripts/survey_na_reference.R with", versions),
  "Columns: see the script's header. form = na.rm: the call with na.rm = TRUE, df = degf(design passed);",
  "form = subset: the same on subset(design, domain & !is.na(var)), df = degf(subset)."))
cat("wrote", nrow(out), "reference rows;", versions, "\n")
