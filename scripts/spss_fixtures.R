# SPSS system files of the api cluster sample (tests/data/api/apiclus1.csv),
# written by R's haven (the ReadStat C library: a writer independent of the
# `ambers` reader that `njov survey --data FILE.sav` uses), for
# tests/survey_spss.rs. Run from the crate's root:
#
#   Rscript scripts/spss_fixtures.R
#
# Writes tests/data/spss/apiclus1.sav (bytecode-compressed, haven's default)
# and tests/data/spss/apiclus1.zsav (zlib). The variables:
#   api00, api99, pw, fpc, dnum  as in the CSV file (numbers)
#   stype   the CSV's E/H/M as the codes 1/2/3 with value labels E, H, M
#   region  a code 1..4 from dnum %% 4 with labels Northeast, Midwest, South,
#           West (the test makes the same column in a CSV file, as text)
#   api00m  api00 with 9999 where snum %% 7 == 0, 9999 declared user-missing
#           (the test blanks those cells in the CSV file)
#   stypes  stype as a string variable (width 1)
# Measured with R 4.2.2 and haven 2.5.1.
suppressMessages(library(haven))
d <- read.csv("tests/data/api/apiclus1.csv", stringsAsFactors = FALSE)
codes <- c(E = 1, H = 2, M = 3)
regions <- c(Northeast = 1, Midwest = 2, South = 3, West = 4)
out <- data.frame(
  api00 = as.numeric(d$api00),
  api99 = as.numeric(d$api99),
  pw = d$pw,
  fpc = as.numeric(d$fpc),
  dnum = as.numeric(d$dnum)
)
out$stype <- labelled(unname(codes[d$stype]), codes)
out$region <- labelled(as.numeric(d$dnum %% 4 + 1), regions)
out$api00m <- labelled_spss(ifelse(d$snum %% 7 == 0, 9999, as.numeric(d$api00)),
                            na_values = 9999)
out$stypes <- d$stype
dir.create("tests/data/spss", showWarnings = FALSE)
write_sav(out, "tests/data/spss/apiclus1.sav", compress = "byte")
write_sav(out, "tests/data/spss/apiclus1.zsav", compress = "zsav")
# read back: the labels and user-missing values survive
back <- read_sav("tests/data/spss/apiclus1.sav", user_na = TRUE)
stopifnot(identical(attr(back$region, "labels"), regions))
stopifnot(sum(is.na(read_sav("tests/data/spss/apiclus1.sav")$api00m)) == sum(d$snum %% 7 == 0))
