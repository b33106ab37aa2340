# Reference values for njov's design-based estimators, from R `survey`.
#
# Run from the crate root:  Rscript scripts/survey_reference.R
# (run scripts/synthetic_njov.R first; this script reads its output).
#
# Writes
#   tests/data/api/apistrat.csv, apiclus1.csv, apiclus2.csv   (the columns the tests use)
#   tests/data/survey_reference.csv                           (one row per estimate)
#
# Reference columns: dataset, design, stat, var, denom, domain, method, level,
# estimate, se, lower, upper, df, deff.  `domain` is "" or COL=VALUE; `method` is
# "" for plain estimates (totals and means then carry the 95% t interval with the
# design df in lower/upper) or the svyciprop method.  Debian's survey 4.1-1 has no
# svyciprop(method = "wilson"), so the Wilson rows are computed here by hand from
# svymean's estimate and variance (n_eff = p(1-p)/V, t quantile with degf df), the
# formula of survey 4.5's svyciprop.
suppressMessages(library(survey))
data(api)

# write.csv keeps only 15 significant digits; write every double with 17.
write17 <- function(d, path) {
  for (n in names(d)) {
    if (is.double(d[[n]])) d[[n]] <- ifelse(is.na(d[[n]]), NA, sprintf("%.17g", d[[n]]))
  }
  write.csv(d, path, row.names = FALSE, na = "", quote = FALSE)
}

dir.create("tests/data/api", recursive = TRUE, showWarnings = FALSE)

prep <- function(d) {
  d$sch_wide <- as.integer(d$sch.wide == "Yes")
  d$awards01 <- as.integer(d$awards == "Yes")
  d$stype <- as.character(d$stype)
  d
}
apistrat <- prep(apistrat)
apiclus1 <- prep(apiclus1)
apiclus2 <- prep(apiclus2)

# A stratification of apiclus1's 15 districts with one stratum of a single PSU,
# for the lonely-PSU options.
d1 <- sort(unique(apiclus1$dnum))
apiclus1$lstrat <- ifelse(apiclus1$dnum == d1[1], 1L, 2L + (match(apiclus1$dnum, d1) %% 3L))
apiclus1$lfpc <- ave(apiclus1$dnum, apiclus1$lstrat, FUN = function(x) 10 * length(unique(x)))
# Sampling fraction form of apistrat's fpc.
apistrat$fpc_frac <- ave(apistrat$fpc, apistrat$stype, FUN = length) / apistrat$fpc

keep <- c("cds", "stype", "dnum", "snum", "api00", "api99", "enroll", "meals", "ell",
          "sch_wide", "awards01", "pw")
write17(apistrat[, c(keep, "fpc", "fpc_frac")], "tests/data/api/apistrat.csv")
write17(apiclus1[, c(keep, "fpc", "lstrat", "lfpc")], "tests/data/api/apiclus1.csv")
write17(apiclus2[, c(keep, "fpc1", "fpc2")], "tests/data/api/apiclus2.csv")

rows <- list()
add <- function(dataset, design, stat, var, denom, domain, method, level,
                estimate, se, lower = NA, upper = NA, df = NA, deff = NA) {
  rows[[length(rows) + 1]] <<- data.frame(
    dataset = dataset, design = design, stat = stat, var = var, denom = denom,
    domain = domain, method = method, level = level,
    estimate = as.numeric(estimate), se = as.numeric(se), lower = as.numeric(lower),
    upper = as.numeric(upper), df = as.numeric(df), deff = as.numeric(deff),
    stringsAsFactors = FALSE)
}

sub_design <- function(des, domain) {
  if (domain == "") return(des)
  kv <- strsplit(domain, "=")[[1]]
  v <- des$variables[[kv[1]]]
  keep <- as.character(v) == kv[2]
  des[keep, ]
}

wilson <- function(p, v, df, level) {
  n.eff <- p * (1 - p) / v
  z <- qt(1 - (1 - level) / 2, df)
  denom <- 1 + z^2 / n.eff
  centre <- (p + z^2 / (2 * n.eff)) / denom
  half <- z * sqrt(p * (1 - p) / n.eff + z^2 / (4 * n.eff^2)) / denom
  c(centre - half, centre + half)
}

estimates <- function(dataset, name, des, vars, domains, props, ratios) {
  for (domain in domains) {
    d <- sub_design(des, domain)
    df <- degf(d)
    for (v in vars) {
      f <- as.formula(paste0("~", v))
      # lower/upper: the t interval at 0.95 with the design df, confint(., df = degf).
      t <- svytotal(f, d, deff = TRUE)
      ci <- confint(t, df = df)
      add(dataset, name, "total", v, "", domain, "", NA, coef(t), SE(t),
          ci[1], ci[2], df = df, deff = deff(t))
      m <- svymean(f, d, deff = TRUE)
      ci <- confint(m, df = df)
      add(dataset, name, "mean", v, "", domain, "", NA, coef(m), SE(m),
          ci[1], ci[2], df = df, deff = deff(m))
    }
    for (r in ratios) {
      rr <- svyratio(as.formula(paste0("~", r[1])), as.formula(paste0("~", r[2])), d)
      add(dataset, name, "ratio", r[1], r[2], domain, "", NA, coef(rr), SE(rr), df = df)
    }
    for (p in props) {
      f <- as.formula(paste0("~", p))
      m <- svymean(f, d, deff = TRUE)
      add(dataset, name, "proportion", p, "", domain, "", NA, coef(m), SE(m),
          df = df, deff = deff(m))
      for (level in c(0.95, 0.9)) {
        for (method in c("mean", "logit", "xlogit", "beta", "asin")) {
          ci <- svyciprop(f, d, method = method, level = level)
          add(dataset, name, "proportion", p, "", domain, method, level,
              as.numeric(unclass(ci)), SE(m), attr(ci, "ci")[[1]], attr(ci, "ci")[[2]], df = df,
              deff = deff(m))
        }
        # svyciprop's "logit" is an svyglm fit stopped at glm's default epsilon
        # (1e-8), which leaves ~1e-9 relative noise in the limits; the same fit
        # run to convergence is the reference for 1e-9 agreement.
        g <- svyglm(as.formula(paste0(p, " ~ 1")), d, family = quasibinomial,
                    control = glm.control(epsilon = 1e-15, maxit = 100))
        ci <- as.numeric(plogis(confint(g, 1, level = level, method = "Wald", ddf = df)))
        add(dataset, name, "proportion", p, "", domain, "logit_converged", level,
            plogis(coef(g))[[1]], SE(m), ci[1], ci[2], df = df, deff = deff(m))
        w <- wilson(coef(m), vcov(m)[1, 1], df, level)
        add(dataset, name, "proportion", p, "", domain, "wilson", level,
            coef(m), SE(m), w[1], w[2], df = df, deff = deff(m))
      }
    }
  }
}

vars <- c("api00", "api99", "enroll", "meals")
props <- c("sch_wide", "awards01")
ratios <- list(c("api00", "api99"), c("meals", "enroll"))
doms <- c("", "stype=E", "stype=H", "stype=M")

strat <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc, data = apistrat)
estimates("apistrat", "strat_fpc", strat, vars, doms, props, ratios)
strat_frac <- svydesign(id = ~1, strata = ~stype, weights = ~pw, fpc = ~fpc_frac, data = apistrat)
estimates("apistrat", "strat_fpc_fraction", strat_frac, vars[1:2], c("", "stype=H"), props[1], list())
strat_nofpc <- svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat)
estimates("apistrat", "strat_nofpc", strat_nofpc, vars, c("", "stype=E"), props, ratios)

clus1 <- svydesign(id = ~dnum, weights = ~pw, fpc = ~fpc, data = apiclus1)
estimates("apiclus1", "clus1_fpc", clus1, vars, doms, props, ratios)
clus1_nofpc <- svydesign(id = ~dnum, weights = ~pw, data = apiclus1)
estimates("apiclus1", "clus1_nofpc", clus1_nofpc, vars, c("", "stype=M"), props, ratios)

for (lonely in c("remove", "certainty", "adjust", "average")) {
  options(survey.lonely.psu = lonely)
  des <- svydesign(id = ~dnum, strata = ~lstrat, weights = ~pw, fpc = ~lfpc, data = apiclus1)
  estimates("apiclus1", paste0("lonely_", lonely), des, c("api00", "enroll"),
            c("", "stype=E"), "sch_wide", list(c("api00", "api99")))
  des <- svydesign(id = ~dnum, strata = ~lstrat, weights = ~pw, data = apiclus1)
  estimates("apiclus1", paste0("lonely_nofpc_", lonely), des, c("api00", "enroll"),
            c("", "stype=E"), "sch_wide", list())
}
options(survey.lonely.psu = "fail")

vars2 <- c("api00", "api99", "meals")
clus2 <- svydesign(id = ~dnum + snum, fpc = ~fpc1 + fpc2, data = apiclus2)
estimates("apiclus2", "clus2_fpc", clus2, vars2, doms, props, ratios[1])
clus2_uc <- svydesign(id = ~dnum + snum, weights = ~pw, data = apiclus2)
estimates("apiclus2", "clus2_ultimate", clus2_uc, vars2, c("", "stype=E"), props, ratios[1])

# Synthetic N-JOV-shaped data (scripts/synthetic_njov.R): agencies in strata,
# cases in agencies, a case subsample.  As a two-stage design on the subsample,
# and as a two-phase design (method = "full") on all cases of the sampled agencies.
syn <- read.csv("tests/data/synthetic_njov.csv")
syn2 <- syn[syn$phase2 == 1, ]
two_stage <- svydesign(id = ~agency + case, strata = ~stratum, fpc = ~agencies_in_stratum + cases_in_agency,
                       data = syn2)
svars <- c("age", "sting", "cases_one")
sprops <- c("sting", "produced")
estimates("synthetic_njov", "two_stage", two_stage, svars, c("", "type=B"), sprops, list(c("sting", "cases_one")))
syn2_uc <- svydesign(id = ~agency, strata = ~stratum, weights = ~weight, data = syn2)
estimates("synthetic_njov", "ultimate", syn2_uc, svars, c("", "type=B"), sprops, list())

# Phase 1 alone: the agency sample, every listed case counted (for comparing the
# aggregate-table model's scaled-Poisson floor with the design-based SE).
syn$listed <- 1
phase1 <- svydesign(id = ~agency, strata = ~stratum, fpc = ~agencies_in_stratum, data = syn)
t <- svytotal(~listed, phase1)
add("synthetic_njov", "phase1_agencies", "total", "listed", "", "", "", NA, coef(t), SE(t),
    df = degf(phase1))

syn$in2 <- syn$phase2 == 1
twophase_rows <- function(name) {
  tp <- twophase(id = list(~agency, ~case), strata = list(~stratum, ~agency),
                 fpc = list(~agencies_in_stratum, NULL), subset = ~in2, data = syn,
                 method = "full")
  for (v in unique(c(svars, sprops))) {
    f <- as.formula(paste0("~", v))
    t <- svytotal(f, tp)
    add("synthetic_njov", name, "total", v, "", "", "", NA, coef(t), SE(t), df = degf(tp))
    m <- svymean(f, tp)
    add("synthetic_njov", name, "mean", v, "", "", "", NA, coef(m), SE(m), df = degf(tp))
    ph <- attr(vcov(t), "phases")
    add("synthetic_njov", name, "total_phase1_var", v, "", "", "", NA, ph$phase1[1, 1], NA)
    add("synthetic_njov", name, "total_phase2_var", v, "", "", "", NA, ph$phase2[1, 1], NA)
    # A domain: subset() of a twophase design keeps every row, with weight 0 outside.
    tpb <- subset(tp, type == "B")
    t <- svytotal(f, tpb)
    add("synthetic_njov", name, "total", v, "", "type=B", "", NA, coef(t), SE(t), df = degf(tpb))
    m <- svymean(f, tpb)
    add("synthetic_njov", name, "mean", v, "", "type=B", "", NA, coef(m), SE(m), df = degf(tpb))
  }
}
# survey 4.1-1 as shipped.  Its Dcheck_multi_subset indexes the per-row vector of
# phase-1 sample sizes with positions among the *distinct PSUs*, so with a stratified
# phase 1 each stratum's n_h is read from the wrong rows (harmless when phase 1 has no
# strata, as in R's own mu284 test).  Kept for the record; the tests do not use it.
twophase_rows("twophase_full_r411")
# The same with n_h read from the PSU's own stratum (a one-line fix: sampsize[uid]).
# With it the two-phase SEs equal the two-stage ones, as SSW section 9.3 says they must;
# these are the values the tests use.
Dcheck_multi_subset_fixed <- function(id, strata, subset, probs, withreplacement) {
  nstage <- NCOL(id)
  n <- sum(subset)
  rval <- matrix(0, n, n)
  if (all(probs == 1) && withreplacement) return(as(diag(n), "sparseMatrix"))
  for (stage in 1:nstage) {
    uid <- rep(FALSE, NROW(id))
    uid[subset] <- !duplicated(id[subset, stage])
    idx <- match(id[subset, stage], id[subset, stage][uid[subset]])
    sampsize <- ave(as.numeric(id[, stage]), strata[, stage], FUN = function(i) length(unique(i)))
    this_stage <- survey:::Dcheck_subset(strata[uid, stage], probs[uid, stage], sampsize[uid],
                                         withreplacement)[idx, idx]
    rval <- survey:::twophaseDcheck(rval, this_stage)
  }
  rval
}
original_dcheck <- survey:::Dcheck_multi_subset
assignInNamespace("Dcheck_multi_subset", Dcheck_multi_subset_fixed, "survey")
twophase_rows("twophase_full")
assignInNamespace("Dcheck_multi_subset", original_dcheck, "survey")
# Phase 1 without fpc (with replacement).
tp_wr <- twophase(id = list(~agency, ~case), strata = list(~stratum, ~agency),
                  probs = list(~agency_prob, NULL), subset = ~in2, data = syn,
                  method = "full")
for (v in svars) {
  f <- as.formula(paste0("~", v))
  t <- svytotal(f, tp_wr)
  add("synthetic_njov", "twophase_full_wr", "total", v, "", "", "", NA, coef(t), SE(t), df = degf(tp_wr))
  m <- svymean(f, tp_wr)
  add("synthetic_njov", "twophase_full_wr", "mean", v, "", "", "", NA, coef(m), SE(m), df = degf(tp_wr))
}

# R's own tests/twophase.R: the two-stage MU284 sample as a two-phase design.
data(mu284)
ii <- with(mu284, c(1:15, rep(1:5, n2[1:5] - 3)))
mu284.1 <- mu284[ii, ]
mu284.1$id <- 1:nrow(mu284.1)
mu284.1$sub <- rep(c(TRUE, FALSE), c(15, 34 - 15))
write17(mu284.1, "tests/data/mu284_twophase.csv")
dmu284 <- svydesign(id = ~id1 + id2, fpc = ~n1 + n2, data = mu284)
d2mu284 <- twophase(id = list(~id1, ~id), strata = list(NULL, ~id1),
                    fpc = list(~n1, NULL), data = mu284.1, subset = ~sub, method = "full")
for (nm in c("two_stage", "twophase_full")) {
  des <- if (nm == "two_stage") dmu284 else d2mu284
  t <- svytotal(~y1, des)
  add("mu284", nm, "total", "y1", "", "", "", NA, coef(t), SE(t), df = degf(des))
  m <- svymean(~y1, des)
  add("mu284", nm, "mean", "y1", "", "", "", NA, coef(m), SE(m), df = degf(des))
}

out <- do.call(rbind, rows)
out$level[is.na(out$level)] <- ""
write17(out, "tests/data/survey_reference.csv")
cat("wrote", nrow(out), "reference rows; survey", as.character(packageVersion("survey")), "\n")
