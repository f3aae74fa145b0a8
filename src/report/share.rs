//! Shares: a part of a whole, shown as a percentage.

use super::ReportError;

/// A part of a whole (`69` of `89` federal subjects), shown as a percentage with one decimal.
///
/// The part never exceeds the whole and the whole is never zero.
///
/// # Example
/// ```
/// use social_services::report::Share;
/// let coverage = Share::new(69, 89)?;
/// assert_eq!(coverage.percent_tenths(), 775);
/// assert_eq!(coverage.percent(), 77.5);
/// assert!(Share::new(1, 0).is_err());
/// # Ok::<(), social_services::ReportError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Share {
    part: u64,
    whole: u64,
}

impl Share {
    /// The share `part` of `whole`.
    ///
    /// # Errors
    /// [`ReportError::Share`] when the whole is zero or the part exceeds it.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Share;
    /// assert_eq!(
    ///     Share::new(5, 3).unwrap_err().to_string(),
    ///     "invalid share 5 of 3: the part exceeds the whole"
    /// );
    /// ```
    pub fn new(part: u64, whole: u64) -> Result<Self, ReportError> {
        let fail = |reason| ReportError::Share {
            part,
            whole,
            reason,
        };
        if whole == 0 {
            return Err(fail("the whole is zero"));
        }
        if part > whole {
            return Err(fail("the part exceeds the whole"));
        }
        Ok(Self { part, whole })
    }

    /// The part.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Share;
    /// assert_eq!(Share::new(3, 4)?.part(), 3);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub const fn part(self) -> u64 {
        self.part
    }

    /// The whole.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Share;
    /// assert_eq!(Share::new(3, 4)?.whole(), 4);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub const fn whole(self) -> u64 {
        self.whole
    }

    /// The percentage in tenths, rounded half up: 0 to 1000.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Share;
    /// assert_eq!(Share::new(1, 3)?.percent_tenths(), 333);
    /// assert_eq!(Share::new(2, 3)?.percent_tenths(), 667);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn percent_tenths(self) -> u16 {
        let (part, whole) = (u128::from(self.part), u128::from(self.whole));
        let tenths = (part * 2000 + whole) / (2 * whole);
        // part <= whole, so tenths <= 1000.
        u16::try_from(tenths).unwrap_or(1000)
    }

    /// The percentage rounded to one decimal, as machine formats (CSV, JSON) write it.
    ///
    /// # Example
    /// ```
    /// use social_services::report::Share;
    /// assert_eq!(Share::new(1, 8)?.percent(), 12.5);
    /// # Ok::<(), social_services::ReportError>(())
    /// ```
    pub fn percent(self) -> f64 {
        f64::from(self.percent_tenths()) / 10.0
    }
}
