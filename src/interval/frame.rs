//! Batches of proportion intervals over polars columns (the `polars`
//! feature): counts in, limits out, on the batch kernel over slices.

use polars::prelude::{Column, DataFrame, DataType, Float64Chunked, IntoColumn};

use crate::error::{Error, Result};
use crate::interval::proportion::ProportionInterval;

/// A column of counts as `u64` (any integer type; negative values and nulls
/// are errors naming the column).
fn counts(col: &Column) -> Result<Vec<u64>> {
    let name = col.name().to_string();
    if !col.dtype().is_integer() {
        return Err(Error::invalid_argument(
            "column",
            format!("{name} ({})", col.dtype()),
            "an integer column of counts",
        ));
    }
    if col.null_count() > 0 {
        return Err(Error::invalid_argument(
            "column",
            format!("{name} ({} nulls)", col.null_count()),
            "counts in every row",
        ));
    }
    let cast = col.strict_cast(&DataType::UInt64).map_err(|_| {
        Error::invalid_argument("column", &name, "counts >= 0 (a negative value was found)")
    })?;
    let ca = cast.u64()?;
    Ok(match ca.cont_slice() {
        Ok(s) => s.to_vec(),
        Err(_) => ca.into_no_null_iter().collect(),
    })
}

impl ProportionInterval {
    /// The limits for two columns of counts, as two `f64` columns named
    /// `lower` and `upper`: the polars form of
    /// [`counts_into_columns`](Self::counts_into_columns). `UInt32` and
    /// `UInt64` columns are read in place; other integer types are cast.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for a column that is not of an integer
    /// type, holds a null or a negative value, or for invalid counts (as
    /// [`counts_into_columns`](Self::counts_into_columns)).
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// use njov::polars::prelude::*;
    /// let wilson = ProportionInterval::new(ProportionMethod::Wilson, IntervalSpec::new(0.95)?)?;
    /// let x = Column::new("x".into(), [0u32, 7, 50]);
    /// let n = Column::new("n".into(), [50u32, 50, 50]);
    /// let (lower, upper) = wilson.columns(&x, &n)?;
    /// assert_eq!(lower.name().as_str(), "lower");
    /// assert_eq!(lower.f64()?.get(0), Some(0.0));
    /// assert_eq!(upper.f64()?.get(2), Some(1.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn columns(&self, successes: &Column, trials: &Column) -> Result<(Column, Column)> {
        let n = successes.len();
        let (mut lower, mut upper) = (vec![0.0; n], vec![0.0; n]);
        let both_u32 =
            successes.dtype() == &DataType::UInt32 && trials.dtype() == &DataType::UInt32;
        let slices_u32 = if both_u32 && successes.null_count() + trials.null_count() == 0 {
            let (s, t) = (successes.u32()?, trials.u32()?);
            s.cont_slice().ok().zip(t.cont_slice().ok())
        } else {
            None
        };
        match slices_u32 {
            Some((s, t)) => self.counts_into_columns(s, t, &mut lower, &mut upper)?,
            None => {
                let (s, t) = (counts(successes)?, counts(trials)?);
                self.counts_into_columns(&s, &t, &mut lower, &mut upper)?;
            }
        }
        Ok((
            Float64Chunked::from_vec("lower".into(), lower).into_column(),
            Float64Chunked::from_vec("upper".into(), upper).into_column(),
        ))
    }

    /// `df` with the columns `lower` and `upper` added: the limits for its
    /// columns `successes` and `trials` (see [`columns`](Self::columns)).
    ///
    /// # Errors
    /// As [`columns`](Self::columns), and `ErrorKind::InvalidArgument` for
    /// a column name that `df` lacks or when `df` already has a `lower` or
    /// `upper` column.
    ///
    /// ```
    /// use njov::interval::{IntervalSpec, ProportionInterval, ProportionMethod};
    /// use njov::polars::prelude::*;
    /// let df = df!("x" => [3i64, 30], "n" => [40i64, 129])?;
    /// let cp = ProportionInterval::new(ProportionMethod::ClopperPearson, IntervalSpec::new(0.95)?)?;
    /// let out = cp.with_limits(&df, "x", "n")?;
    /// assert_eq!(out.width(), 4);
    /// let upper = out.column("upper")?.f64()?.get(0).unwrap();
    /// assert!((upper - 0.2039).abs() < 1e-4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_limits(&self, df: &DataFrame, successes: &str, trials: &str) -> Result<DataFrame> {
        let get = |name: &str| {
            df.column(name)
                .map_err(|_| Error::invalid_argument("column", name, "a column of the DataFrame"))
        };
        let (lower, upper) = self.columns(get(successes)?, get(trials)?)?;
        let mut out = df.clone();
        for c in [lower, upper] {
            if out.column(c.name()).is_ok() {
                return Err(Error::invalid_argument(
                    "column",
                    c.name().as_str(),
                    "a name the DataFrame does not have yet",
                ));
            }
            out.with_column(c)?;
        }
        Ok(out)
    }
}
