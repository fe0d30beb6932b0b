/** Time zones as a reader names and picks them: the place a zone stands for, the picker's choices, a typed zone. */

/** "America/Mexico_City" → "Mexico City"; "America/Argentina/Buenos_Aires" → "Buenos Aires"; "UTC" stays. */
export function zonePlace(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return zone.startsWith('Etc/') ? zone.slice(4) : last.replace(/_/g, ' ');
}

/** Every IANA zone the browser knows, as the zone picker offers them ("Asia/Seoul" → "Seoul (Asia)"). */
export function zoneChoices(): { zone: string; label: string }[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones.map((zone) => {
    const parts = zone.split('/');
    const city = (parts[parts.length - 1] ?? zone).replace(/_/g, ' ');
    return { zone, label: parts.length > 1 ? `${city} (${parts.slice(0, -1).join('/')})` : city };
  });
}

/**
 * The zone a reader means by what they typed: an IANA name or a picker label ("Seoul (Asia)"), any case, or
 * the first label that starts with it ("seoul"). `null` when nothing matches.
 */
export function findZoneChoice(
  choices: readonly { zone: string; label: string }[],
  query: string,
): { zone: string; label: string } | null {
  const q = query.trim().toLowerCase();
  if (q === '') return null;
  return (
    choices.find((c) => c.zone.toLowerCase() === q || c.label.toLowerCase() === q) ??
    choices.find((c) => c.label.toLowerCase().startsWith(q)) ??
    null
  );
}
