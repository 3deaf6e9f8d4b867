/**
 * The desktop app's identity. Frozen from v1: the Windows installer upgrades by appId, the
 * taskbar groups by the user model id, and the userData folder (with IndexedDB inside) is named
 * after the product. Changing any of them strands every user's data. `app-identity.test.ts`
 * checks that package.json and electron-builder.yml agree with these values.
 */
export const APP_ID = 'cn.uniondesk.app';
export const PRODUCT_NAME = 'UnionDesk';
export const PACKAGE_NAME = 'uniondesk';
