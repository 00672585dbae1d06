/** How a team profile stands on an item, as the UI names it: a state, no decision, or a re-check. */
export const DECISION_KEYS = {
  done: "readiness.state.done",
  "not-applicable": "readiness.state.not-applicable",
  open: "readiness.state.open",
  none: "readiness.state.none",
  recheck: "readiness.recheck",
} as const;
