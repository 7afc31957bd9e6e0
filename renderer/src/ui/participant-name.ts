/** The name people use first, then the legal name: "Jo (Jordan Testcase)". */
export function participantName(person: { name: string; preferredName: string | null }): string {
  const preferred = person.preferredName?.trim();
  return preferred && preferred.toLowerCase() !== person.name.trim().toLowerCase() ? `${preferred} (${person.name})` : person.name;
}
