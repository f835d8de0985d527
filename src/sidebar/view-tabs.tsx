/** Areas / Readiness: an ARIA tab list (arrow keys, Home and End move between tabs). */
export type Tab = 'areas' | 'readiness';

const TABS: ReadonlyArray<readonly [Tab, string]> = [
  ['areas', 'Areas'],
  ['readiness', 'Readiness'],
];

export const tabId = (tab: Tab) => `tab-${tab}`;

export function ViewTabs({
  current,
  onSelect,
}: {
  current: Tab;
  onSelect: (tab: Tab) => void;
}) {
  const select = (tab: Tab) => {
    onSelect(tab);
    document.getElementById(tabId(tab))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex(([tab]) => tab === current);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1 + TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(TABS[next % TABS.length][0]);
  };
  return (
    <div class="tabs" role="tablist" aria-label="Views" onKeyDown={onKeyDown}>
      {TABS.map(([tab, label]) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          class="tab"
          aria-selected={tab === current}
          aria-controls={tab === current ? `panel-${tab}` : undefined}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => select(tab)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
