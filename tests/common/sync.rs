//! Comparing two devices' journals after sync.

use serde_json::Value;

/// A data export without what is each device's own (row ids, revisions, which each
/// device counts itself, and the export's time), every list sorted by content.
pub fn canonical(mut doc: Value) -> Value {
    let obj = doc.as_object_mut().unwrap();
    obj.remove("exported_at");
    obj["profile"].as_object_mut().unwrap().remove("revision");
    for (_, v) in obj.iter_mut() {
        if let Value::Array(rows) = v {
            for r in rows.iter_mut().filter_map(Value::as_object_mut) {
                r.remove("id");
                r.remove("revision");
            }
            rows.sort_by_key(|r| r.to_string());
        }
    }
    doc
}
