// Where the tool's documentation lives, for outputs that link to it (SARIF driver.informationUri and each
// rule's helpUri). Every rule row of the README's rule table carries an anchor named by ruleAnchor(), so a
// code-scanning alert links straight to the row that says when its rule fires.

/** The tool's home: its repository, whose README documents every rule. */
export const TOOL_INFORMATION_URI = 'https://github.com/tls-gate/tls-gate';

/** The README's anchor for a rule's row: "rule-" and the id with dots as dashes (rule-protocol-not-allowed). */
export function ruleAnchor(ruleId: string): string {
  return `rule-${ruleId.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`;
}

/** The URL of a rule's row in the README. */
export function ruleHelpUri(ruleId: string, informationUri = TOOL_INFORMATION_URI): string {
  return `${informationUri}#${ruleAnchor(ruleId)}`;
}
