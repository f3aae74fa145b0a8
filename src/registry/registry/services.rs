//! Lookups of the catalogue of services, service statistics and network plans.

use std::slice;

use super::Registry;
use crate::records::{
    NetworkPlan, NetworkPlanId, Service, ServiceId, ServicePoint, ServiceStatistics,
};

impl Registry {
    /// The service with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{ServiceCategory, ServiceId}, Dataset, Registry, Service};
    /// let nanny = ServiceId::from_name("Социальная няня");
    /// let mut dataset = Dataset::new();
    /// dataset.services.push(Service::new(nanny, "Социальная няня", ServiceCategory::ChildCare));
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.service(nanny).unwrap().name, "Социальная няня");
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn service(&self, id: ServiceId) -> Option<&Service> {
        let &i = self.index.services.get(&id)?;
        Some(&self.dataset.services[i])
    }

    /// The network plan with this id.
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{NetworkPlanId, StatedCount}, Dataset, NetworkPlan, Registry};
    /// let id = NetworkPlanId::from_name("2024");
    /// let mut plan = NetworkPlan::new(id, "План на 2024 год", "2024".parse()?);
    /// plan.centres = Some(StatedCount::exact(57));
    /// let mut dataset = Dataset::new();
    /// dataset.network_plans.push(plan);
    /// let registry = Registry::new(dataset)?;
    /// assert_eq!(registry.network_plan(id).unwrap().centres, Some(StatedCount::exact(57)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn network_plan(&self, id: NetworkPlanId) -> Option<&NetworkPlan> {
        let &i = self.index.network_plans.get(&id)?;
        Some(&self.dataset.network_plans[i])
    }

    /// Every service of the catalogue.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.services().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn services(&self) -> slice::Iter<'_, Service> {
        self.dataset.services.iter()
    }

    /// Every row of service statistics.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.service_statistics().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn service_statistics(&self) -> slice::Iter<'_, ServiceStatistics> {
        self.dataset.service_statistics.iter()
    }

    /// Every network plan.
    ///
    /// # Example
    /// ```
    /// use social_services::{Dataset, Registry};
    /// assert_eq!(Registry::new(Dataset::new())?.network_plans().len(), 0);
    /// # Ok::<(), social_services::ValidationReport>(())
    /// ```
    pub fn network_plans(&self) -> slice::Iter<'_, NetworkPlan> {
        self.dataset.network_plans.iter()
    }

    /// The services offered at one of this registry's service points, in the order it lists
    /// them.
    ///
    /// # Panics
    /// When the point is not one of this registry's (a point of the registry names only
    /// services it holds).
    ///
    /// # Example
    /// ```
    /// use social_services::{records::{InstitutionId, InstitutionKind, Level, ServiceCategory, ServiceId, ServicePointId, ServicePointKind}, Dataset, Institution, Registry, Service, ServicePoint};
    /// let (tula, nanny) = (InstitutionId::new_v4(), ServiceId::new_v4());
    /// let mut dataset = Dataset::new();
    /// let mut centre = Institution::new(tula, "Мой семейный центр", InstitutionKind::FamilyMfc, Level::Regional);
    /// centre.opened = Some("2023".parse()?);
    /// dataset.institutions.push(centre);
    /// dataset.services.push(Service::new(nanny, "Социальная няня", ServiceCategory::ChildCare));
    /// let mut online = ServicePoint::new(ServicePointId::new_v4(), tula, "Онлайн-приёмная", ServicePointKind::Online);
    /// online.services.push(nanny);
    /// dataset.service_points.push(online);
    /// let registry = Registry::new(dataset)?;
    /// let point = registry.service_points().next().unwrap();
    /// assert_eq!(registry.services_at(point).next().unwrap().name, "Социальная няня");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn services_at<'a>(
        &'a self,
        point: &'a ServicePoint,
    ) -> impl Iterator<Item = &'a Service> + 'a {
        point.services.iter().map(move |&id| {
            self.service(id)
                .unwrap_or_else(|| panic!("service {id} of a service point from another registry"))
        })
    }
}
