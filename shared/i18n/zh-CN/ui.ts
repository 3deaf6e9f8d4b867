/** Words of the user interface: navigation, pages, buttons, notices. */
export const ui = {
  'app.name': '基层工会工作台',
} as const;
