//! Lookups of stated figures.

use std::slice;

use super::Registry;
use crate::records::{FigureScope, Measure, StatedFigure};

impl Registry {
    /// Every stated figure, in the order of the data set.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.stated_figures().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn stated_figures(&self) -> slice::Iter<'_, StatedFigure> {
        self.dataset.stated_figures.iter()
    }

    /// The stated figures of one measure for one scope, in the order of the data set.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{FigureScope, Measure, StatedCount, StatedFigureId}, Dataset, Registry, StatedFigure};
    /// let mut dataset = Dataset::new();
    /// let mut figure = StatedFigure::new(StatedFigureId::from_name("69"), Measure::FederalSubjects, FigureScope::Network, StatedCount::exact(69).into());
    /// figure.date = Some("2024-12".parse()?);
    /// dataset.stated_figures.push(figure);
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.stated(&Measure::FederalSubjects, FigureScope::Network).count(), 1);
    /// assert_eq!(registry.stated(&Measure::FamilyMfcs, FigureScope::Network).count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stated<'a>(
        &'a self,
        measure: &'a Measure,
        scope: FigureScope,
    ) -> impl Iterator<Item = &'a StatedFigure> + 'a {
        self.dataset
            .stated_figures
            .iter()
            .filter(move |f| f.scope == scope && &f.measure == measure)
    }
}
