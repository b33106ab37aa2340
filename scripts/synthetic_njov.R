# A synthetic data set shaped like the N-JOV study: law-enforcement agencies
# sampled in strata (phase 1, one stratum taken whole), all of a sampled
# agency's cases listed, and a subsample of cases interviewed (phase 2, a simple
# random sample within each agency).  Nothing in it is the study's data.
#
# Run from the crate root:  Rscript scripts/synthetic_njov.R
# Writes tests/data/synthetic_njov.csv, one row per listed case, with columns
#   stratum, agency, case                    design identifiers
#   agencies_in_stratum                      N_h, agencies in the stratum's population
#   agency_prob                              n_h / N_h
#   cases_in_agency                          M_a, cases listed by the agency
#   phase2                                   1 if the case was interviewed
#   weight                                   (N_h / n_h) (M_a / m_a) for interviewed cases
#   type, age, sting, produced, cases_one    case variables (empty outside phase 2)
set.seed(20010701)
pop_agencies <- c(12, 40, 90, 160, 400, 900)
sampled <- c(12, 10, 10, 9, 8, 8)
mean_cases <- c(14, 8, 5, 3, 2, 1.2)
rows <- list()
case_id <- 0L
agency_id <- 0L
for (h in seq_along(pop_agencies)) {
  for (a in seq_len(sampled[h])) {
    agency_id <- agency_id + 1L
    m_cases <- 1L + rpois(1, mean_cases[h])
    take <- if (m_cases == 1L) 1L else max(2L, round(m_cases * 0.4))
    interviewed <- sample(c(rep(1L, take), rep(0L, m_cases - take)))
    ids <- case_id + seq_len(m_cases)
    case_id <- case_id + m_cases
    type <- sample(c("A", "B", "C"), m_cases, replace = TRUE, prob = c(0.5, 0.3, 0.2))
    age <- round(rnorm(m_cases, 14 - 0.3 * h, 1.5), 1)
    sting <- rbinom(m_cases, 1, c(0.1, 0.15, 0.25, 0.3, 0.35, 0.4)[h])
    produced <- rbinom(m_cases, 1, 0.2)
    d <- data.frame(stratum = h, agency = agency_id, case = ids,
                    agencies_in_stratum = pop_agencies[h],
                    agency_prob = sampled[h] / pop_agencies[h],
                    cases_in_agency = m_cases, phase2 = interviewed,
                    weight = ifelse(interviewed == 1,
                                    (pop_agencies[h] / sampled[h]) * (m_cases / take), NA),
                    type = type, age = age, sting = sting, produced = produced,
                    cases_one = 1L)
    out <- interviewed == 0L
    d$type[out] <- NA
    d$age[out] <- NA
    d$sting[out] <- NA
    d$produced[out] <- NA
    d$cases_one[out] <- NA
    rows[[length(rows) + 1]] <- d
  }
}
syn <- do.call(rbind, rows)
for (n in names(syn)) {
  if (is.double(syn[[n]])) syn[[n]] <- ifelse(is.na(syn[[n]]), NA, sprintf("%.17g", syn[[n]]))
}
dir.create("tests/data", showWarnings = FALSE, recursive = TRUE)
write.csv(syn, "tests/data/synthetic_njov.csv", row.names = FALSE, na = "", quote = FALSE)
cat("wrote", nrow(syn), "cases in", agency_id, "agencies;", sum(syn$phase2), "interviewed\n")
