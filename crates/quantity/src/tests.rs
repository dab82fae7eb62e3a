use super::*;

fn one(text: &str) -> Quantity {
    let qs = find(text);
    assert_eq!(qs.len(), 1, "expected one quantity in {text:?}, got {qs:?}");
    qs.into_iter().next().unwrap()
}
