//! Comparing two devices' journals after sync.

use serde_json::Value;

/// A data export without what is each device's own (row ids, revisions, which each
/// device counts itself, the version each change was made on top of here, the names
/// of devices heard of, and the export's time), every list sorted by content. Each
/// record's stamp stays: the devices agree on the version of every record too.
pub fn canonical(mut doc: Value) -> Value {
    let obj = doc.as_object_mut().unwrap();
    obj.remove("exported_at");
    obj.remove("devices");
    // The profile's own version is each device's until the others merge it (a new
    // device's empty profile is made when the device is): its fields' are compared.
    let profile = obj["profile"].as_object_mut().unwrap();
    for k in ["revision", "stamp", "stamp_base"] {
        profile.remove(k);
    }
    if let Some(s) = profile.get_mut("stamps").and_then(Value::as_object_mut) {
        s.remove("born");
    }
    for (_, v) in obj.iter_mut() {
        if let Value::Array(rows) = v {
            for r in rows.iter_mut().filter_map(Value::as_object_mut) {
                r.remove("id");
                r.remove("revision");
                r.remove("stamp_base");
            }
            rows.sort_by_key(|r| r.to_string());
        }
    }
    doc
}
