# R survey's Hadamard matrices, for njov's BRR and Fay replicate weights
# (src/survey/hadamard.rs), from Debian's r-cran-survey 4.1-1
# (packageVersion "4.1.1") on R 4.2.2.
#
# Run from the crate root:  Rscript scripts/hadamard_tables.R
# (needs the R package digest, Debian's r-cran-digest 0.6.31, for SHA-256)
#
# Writes
#   src/survey/hadamard_tables.txt   survey:::hadamard.list, the matrices R
#       stores (orders survey:::hadamard.sizes = 4, 16, 28, 36), which the
#       crate embeds: per matrix a line "order N", then its N rows as 0/1
#       characters
#   tests/data/hadamard/reference.csv   for n = 1..400, 1000 and 4000:
#       nrow(hadamard(n)) and the SHA-256 of its rows written as 0/1
#       characters, each row followed by "\n" (what tests/survey_hadamard.rs
#       hashes); for n = 7917, 7920, 8000 and 10000 (around the end of
#       paley's list of primes) the order only
#   tests/data/hadamard/matrices.txt   hadamard(n) in full for a few n, one
#       per construction R uses beyond its stored matrices: "n N" then the
#       rows (Paley's order 12, Paley doubled 24, Paley's 40 from prime 19
#       doubled, the stored 28 doubled 56, Paley's 96 from the recursive call)
suppressMessages(library(survey))
library(digest)

rows01 <- function(h) {
  stopifnot(all(h == 0 | h == 1))
  apply(h, 1, function(r) paste(as.integer(r), collapse = ""))
}

sizes <- survey:::hadamard.sizes
tables <- survey:::hadamard.list
stopifnot(all(sizes == sapply(tables, nrow)), all(sizes == sapply(tables, ncol)))
# paley's own list of primes is every prime p = 3 (mod 4) up to 7919, which
# is what src/survey/hadamard.rs computes instead of storing it
small_primes <- eval(Find(function(e) is.call(e) && identical(e[[2]], as.name("small.primes")),
                          as.list(body(survey:::paley)))[[3]])
is_prime <- function(p) p %in% 2:3 || (p > 3 && all(p %% 2:floor(sqrt(p)) != 0))
stopifnot(identical(as.numeric(small_primes),
                    as.numeric(Filter(function(p) p %% 4 == 3 && is_prime(p), 3:7919))))
out <- c("# survey:::hadamard.list of R survey 4.1-1, written by scripts/hadamard_tables.R")
for (h in tables) out <- c(out, paste("order", nrow(h)), rows01(h))
writeLines(out, "src/survey/hadamard_tables.txt")

ns <- c(1:400, 1000, 4000, 7917, 7920, 8000, 10000)
ref <- data.frame(n = ns, order = 0L, sha256 = "", stringsAsFactors = FALSE)
for (i in seq_along(ns)) {
  h <- hadamard(ns[i])
  stopifnot(nrow(h) == ncol(h), nrow(h) > ns[i])
  ref$order[i] <- nrow(h)
  if (ns[i] <= 4000) ref$sha256[i] <- digest(paste0(paste(rows01(h), collapse = "\n"), "\n"), algo = "sha256",
                          serialize = FALSE)
}
write.csv(ref, "tests/data/hadamard/reference.csv", row.names = FALSE, quote = FALSE)

full <- c("# hadamard(n) of R survey 4.1-1 for a few n, written by scripts/hadamard_tables.R")
for (n in c(10, 20, 36, 50, 88)) full <- c(full, paste("n", n), rows01(hadamard(n)))
writeLines(full, "tests/data/hadamard/matrices.txt")
cat("wrote", length(tables), "stored matrices,", nrow(ref), "reference orders; survey",
    as.character(packageVersion("survey")), "\n")
