# The order of svyby's rows for text levels, from R `survey` (Debian's
# r-cran-survey 4.1-1 on R 4.2.2): mixed case, accents, a leading
# underscore and digits among letters.
#
# Run from the crate root:  Rscript scripts/svyby_level_order_reference.R
#
# svyby lists the levels of its `by` factor, and factor() sorts text with the
# locale's collation (R's sort of a character vector; on Linux R uses ICU's
# collation in every locale but C and POSIX). So the same data give rows in
# a different order under LC_COLLATE=C (bytes, which for UTF-8 is code point
# order) and under C.UTF-8 or en_US.UTF-8 (ICU: case and accents second).
# Both orders are written; njov follows the first (see src/survey/mod.rs).
#
# Writes
#   tests/data/svyby_level_order/data.csv       g,psu,w,y (UTF-8)
#   tests/data/svyby_level_order_reference.csv  collation,position,level,total,se
suppressMessages(library(survey))
levels_ <- c("apple", "Apple", "banana", "Banana", "\u00e9clair", "eclair", "Eclair",
             "Zebra", "zebra", "_under", "\u00c4rger", "Arger", "10", "9")
n <- 3L * length(levels_)
d <- data.frame(
  g = rep(levels_, each = 3L),
  psu = rep(seq_len(14L), length.out = n),
  w = 1 + (seq_len(n) %% 5L) / 2,
  y = round(10 + 7 * sin(seq_len(n)), 6),
  stringsAsFactors = FALSE)
dir.create("tests/data/svyby_level_order", recursive = TRUE, showWarnings = FALSE)
write.csv(d, "tests/data/svyby_level_order/data.csv", row.names = FALSE, quote = FALSE,
          fileEncoding = "UTF-8")
des <- svydesign(ids = ~psu, weights = ~w, data = d)

by_order <- function(collation) {
  old <- Sys.getlocale("LC_COLLATE")
  Sys.setlocale("LC_COLLATE", collation)
  b <- svyby(~y, ~g, des, svytotal)
  Sys.setlocale("LC_COLLATE", old)
  data.frame(collation = collation, position = seq_len(nrow(b)), level = as.character(b$g),
             total = sprintf("%.17g", coef(b)), se = sprintf("%.17g", SE(b)),
             stringsAsFactors = FALSE)
}
out <- rbind(by_order("C"), by_order("C.UTF-8"))
write.csv(out, "tests/data/svyby_level_order_reference.csv", row.names = FALSE, quote = FALSE,
          fileEncoding = "UTF-8")
