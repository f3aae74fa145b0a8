//! "Dereferenced" HSDS JSON: a service as the HSDS API's `/services/{id}` returns it, with the
//! objects it refers to nested in it.

use serde_json::{Map, Value};
use uuid::Uuid;

use super::objects::Tabular;

/// Every service of the objects as the HSDS API's `/services/{id}` returns it: the `service`
/// object with, nested in it,
/// - `organization`: the organization that provides it, with its `phones` and
///   `organization_identifiers` (HSDS's `organization_identifiers` array) and `attributes`;
/// - `service_at_locations`: each point that offers it, with its `location`, which has its
///   `addresses`, `schedules` and `attributes`;
/// - `attributes`: its category, each with its `taxonomy_term`, which has its taxonomy as
///   `taxonomy_detail`.
///
/// The `…_id` fields stay, as HSDS allows: a nested object is the same object as in the
/// tables. In the order of [`Tabular::service`].
///
/// # Panics
/// Never: the objects have only text map keys, the only thing JSON cannot write.
///
/// # Example
/// ```
/// use social_services::io::hsds;
///
/// // The sample has no services; one at a point of the Tula centre:
/// let mut dataset = social_services::sample::dataset();
/// let id = social_services::records::ServiceId::from_name("doc: няня");
/// dataset.services.push(social_services::Service::new(id, "Социальная няня", social_services::records::ServiceCategory::ChildCare));
/// dataset.service_points[0].services.push(id);
/// let registry = social_services::Registry::with_options(dataset, &Default::default())?;
/// let services = hsds::services(&hsds::export(&registry).data);
/// let nanny = &services[0];
/// assert_eq!(nanny["name"], "Социальная няня");
/// assert_eq!(nanny["organization"]["id"], nanny["organization_id"]);
/// assert_eq!(nanny["service_at_locations"][0]["location"]["location_type"], "physical");
/// assert_eq!(nanny["attributes"][0]["taxonomy_term"]["code"], "child_care");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn services(data: &Tabular) -> Vec<Value> {
    let tables = serde_json::to_value(data).expect("HSDS objects have only text map keys");
    let rows = |kind: &str| tables[kind].as_array().map_or(&[][..], Vec::as_slice);
    let find = |kind: &str, id: &Value| rows(kind).iter().find(|r| r["id"] == *id).cloned();
    let having = |kind: &str, field: &str, id: &Value| -> Value {
        Value::Array(
            rows(kind)
                .iter()
                .filter(|r| r[field] == *id)
                .cloned()
                .collect(),
        )
    };
    let attributes = |id: &Value| -> Value {
        let list = rows("attribute")
            .iter()
            .filter(|a| a["link_id"] == *id)
            .map(|attribute| {
                let mut attribute = attribute.clone();
                if let Some(mut term) = find("taxonomy_term", &attribute["taxonomy_term_id"]) {
                    if let Some(taxonomy) = find("taxonomy", &term["taxonomy_id"]) {
                        insert(&mut term, "taxonomy_detail", taxonomy);
                    }
                    insert(&mut attribute, "taxonomy_term", term);
                }
                attribute
            });
        Value::Array(list.collect())
    };
    rows("service")
        .iter()
        .map(|service| {
            let mut node = service.clone();
            if let Some(mut organization) = find("organization", &service["organization_id"]) {
                let id = organization["id"].clone();
                insert(
                    &mut organization,
                    "phones",
                    having("phone", "organization_id", &id),
                );
                insert(
                    &mut organization,
                    "organization_identifiers",
                    having("organization_identifier", "organization_id", &id),
                );
                insert(&mut organization, "attributes", attributes(&id));
                insert(&mut node, "organization", organization);
            }
            let at_locations = rows("service_at_location")
                .iter()
                .filter(|j| j["service_id"] == service["id"])
                .map(|joint| {
                    let mut joint = joint.clone();
                    if let Some(mut location) = find("location", &joint["location_id"]) {
                        let id = location["id"].clone();
                        insert(
                            &mut location,
                            "addresses",
                            having("address", "location_id", &id),
                        );
                        insert(
                            &mut location,
                            "schedules",
                            having("schedule", "location_id", &id),
                        );
                        insert(&mut location, "attributes", attributes(&id));
                        insert(&mut joint, "location", location);
                    }
                    joint
                });
            insert(
                &mut node,
                "service_at_locations",
                Value::Array(at_locations.collect()),
            );
            let id = node["id"].clone();
            insert(&mut node, "attributes", attributes(&id));
            node
        })
        .collect()
}

/// The service with `id` as [`services`] gives it, if there is one.
///
/// # Example
/// ```
/// use social_services::io::hsds;
/// let data = hsds::export(&social_services::sample::registry()).data;
/// assert!(hsds::service(&data, uuid::Uuid::nil()).is_none());
/// ```
pub fn service(data: &Tabular, id: Uuid) -> Option<Value> {
    let id = Value::from(id.to_string());
    services(data).into_iter().find(|s| s["id"] == id)
}

fn insert(node: &mut Value, key: &str, value: Value) {
    if let Value::Object(map) = node {
        map.insert(key.to_owned(), value);
    } else {
        let mut map = Map::new();
        map.insert(key.to_owned(), value);
        *node = Value::Object(map);
    }
}
