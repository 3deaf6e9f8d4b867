import { Card, Checkbox, Dropdown, Input, Select, Tabs } from 'antd';

/**
 * antd writes a component's CSS into the page the first time one renders (CSS-in-JS): opening
 * 会员 generated about 150 kB of it inside that page's first render, for the search box, selects,
 * checkbox, tabs, card and menu, which made the first visit of a page slower than any later one.
 * MainLayout renders these once, hidden, when the window is first idle; the styles stay in the
 * page, so a page that uses them only reuses them. Hidden: no focus, nothing for screen readers.
 */
export function StyleWarmup() {
  return (
    <div hidden aria-hidden="true">
      <Input.Search />
      <Select />
      <Checkbox />
      <Tabs items={[{ key: 'warm', label: '' }]} />
      <Card size="small" />
      <Dropdown menu={{ items: [] }}>
        <span />
      </Dropdown>
    </div>
  );
}
