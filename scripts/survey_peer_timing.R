# A replicate-design estimate and a calibration timed in R `survey`
# (Debian's r-cran-survey 4.1-1), beside the same work by `njov survey`: the
# two workloads the peer harness (benches/peers) is to time. Not part of the
# tests; run by hand:
#
#   Rscript scripts/survey_peer_timing.R DIR [ROWS]
#
# writes DIR/peer_rep.csv (ROWS rows, default 100000: 50 strata of 40 PSUs,
# weights w, a variable y, an auxiliary x, a 5-level group g, 40 bootstrap replicate-weight
# columns rep01..rep40 made here by as.svrepdesign with seed 18) and
# DIR/peer_pop.csv (the population totals of g and x for --calibrate), then
# prints R's times (read.csv included, as njov's include reading the file)
# and estimates; the njov commands to time beside them are printed too.
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
rows <- if (length(args) > 1) as.integer(args[2]) else 100000L
set.seed(18)
n_psu <- 2000L
psu <- rep(seq_len(n_psu), length.out = rows)
psu <- sort(psu)
stratum <- (psu - 1L) %/% 40L + 1L
w <- round(50 + 100 * runif(rows), 4)
y <- round(rnorm(n_psu)[psu] * 50 + 500 + 100 * runif(rows), 3)
g <- c("a", "b", "c", "d", "e")[1 + (psu + seq_len(rows)) %% 5]
x <- round(y / 10 + 20 * runif(rows), 3)
d <- data.frame(stratum, psu, w, y, x, g, stringsAsFactors = FALSE)
des <- svydesign(id = ~psu, strata = ~stratum, weights = ~w, data = d)
boot <- as.svrepdesign(des, type = "bootstrap", replicates = 40, compress = FALSE)
aw <- weights(boot, "analysis")
for (k in 1:40) d[[sprintf("rep%02d", k)]] <- round(aw[, k], 4)
path <- file.path(dir, "peer_rep.csv")
write.csv(d, path, row.names = FALSE, quote = FALSE)
tot_g <- tapply(d$w, d$g, sum) * 1.1
pop <- data.frame(variable = c(rep("g", 5), "x"), level = c(names(tot_g), ""),
                  total = c(as.numeric(tot_g), sum(d$w * d$x) * 1.05))
write.csv(pop, file.path(dir, "peer_pop.csv"), row.names = FALSE, quote = FALSE)

t_rep <- system.time({
  x <- read.csv(path, stringsAsFactors = FALSE)
  rd <- svrepdesign(data = x, weights = ~w, repweights = "rep[0-9]+", type = "bootstrap",
                    combined.weights = TRUE)
  m <- svymean(~y, rd)
})
cat(sprintf("R replicate mean: %.3f s; estimate %.10g se %.10g\n", t_rep[["elapsed"]],
            coef(m), SE(m)))
t_cal <- system.time({
  x <- read.csv(path, stringsAsFactors = FALSE)
  x$g <- factor(x$g)
  ld <- svydesign(id = ~psu, strata = ~stratum, weights = ~w, data = x)
  popv <- c(`(Intercept)` = sum(tot_g), setNames(as.numeric(tot_g[-1]), paste0("g", names(tot_g)[-1])),
            x = sum(d$w * d$x) * 1.05)
  cd <- calibrate(ld, ~g + x, popv, calfun = "raking")
  m2 <- svymean(~y, cd)
})
cat(sprintf("R raking calibration + mean: %.3f s; estimate %.10g se %.10g\n", t_cal[["elapsed"]],
            coef(m2), SE(m2)))
cat("njov:\n")
cat(sprintf("  njov survey --data %s --weights w --repweights '^rep[0-9]+$' --rep-type bootstrap --stat mean --var y --format json\n", path))
cat(sprintf("  njov survey --data %s --weights w --strata stratum --psu psu --calibrate %s --calfun raking --stat mean --var y --format json\n",
            path, file.path(dir, "peer_pop.csv")))
