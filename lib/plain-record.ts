import * as v from "valibot";

/**
 * `v.record` for values read from storage or files: valibot's record also takes an array (its
 * indexes as keys), which a stored map never is, so a list is rejected here first.
 */
export function plainRecord<
  const Key extends v.GenericSchema<string, string>,
  const Value extends v.GenericSchema,
>(key: Key, value: Value) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === "object" && input !== null && !Array.isArray(input),
      "Invalid type: Expected an object with named entries, not a list",
    ),
    v.record(key, value),
  );
}
