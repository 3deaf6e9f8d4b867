import {
  AuditOutlined,
  BookOutlined,
  CloudUploadOutlined,
  FileDoneOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  SmileOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import type { PlainMessageKey } from '../../shared/i18n';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { preloadablePage, type PreloadablePage } from './preloadable-page';

// Loaded when first opened or, ahead of that, once the app is idle (see MainLayout): the roster
// brings the pinyin dictionary and the table code.
const MembersPage = preloadablePage(() =>
  import('../features/members/MembersPage').then((m) => m.MembersPage),
);
const MeetingsPage = preloadablePage(() =>
  import('../features/meetings/MeetingsPage').then((m) => m.MeetingsPage),
);
const AssessmentPage = preloadablePage(() =>
  import('../features/assessment/AssessmentPage').then((m) => m.AssessmentPage),
);
const LedgerPage = preloadablePage(() =>
  import('../features/ledger/LedgerPage').then((m) => m.LedgerPage),
);
const ReportsPage = preloadablePage(() =>
  import('../features/reports/ReportsPage').then((m) => m.ReportsPage),
);
const FederationPage = preloadablePage(() =>
  import('../features/federation/FederationPage').then((m) => m.FederationPage),
);
const SurveysPage = preloadablePage(() =>
  import('../features/surveys/SurveysPage').then((m) => m.SurveysPage),
);

export type SectionKey =
  | 'home'
  | 'members'
  | 'meetings'
  | 'ledger'
  | 'surveys'
  | 'assessment'
  | 'reports'
  | 'federation'
  | 'settings';

export interface Section {
  key: SectionKey;
  label: PlainMessageKey;
  icon: ReactNode;
  /** The page; a section without one is not built yet and is not shown in the navigation. */
  page?: ComponentType | PreloadablePage;
}

/**
 * Every section of the product in navigation order. Issues that build a section add its page
 * here; until then it stays out of the menu rather than showing a placeholder.
 */
export const SECTIONS: readonly Section[] = [
  { key: 'home', label: 'nav.home', icon: <HomeOutlined />, page: HomePage },
  { key: 'members', label: 'nav.members', icon: <TeamOutlined />, page: MembersPage },
  { key: 'meetings', label: 'nav.meetings', icon: <BookOutlined />, page: MeetingsPage },
  { key: 'ledger', label: 'nav.ledger', icon: <FileDoneOutlined />, page: LedgerPage },
  { key: 'surveys', label: 'nav.surveys', icon: <SmileOutlined />, page: SurveysPage },
  { key: 'assessment', label: 'nav.assessment', icon: <AuditOutlined />, page: AssessmentPage },
  { key: 'reports', label: 'nav.reports', icon: <CloudUploadOutlined />, page: ReportsPage },
  {
    key: 'federation',
    label: 'nav.federation',
    icon: <SafetyCertificateOutlined />,
    page: FederationPage,
  },
  { key: 'settings', label: 'nav.settings', icon: <SettingOutlined />, page: SettingsPage },
];

export const availableSections = (): Section[] => SECTIONS.filter((s) => s.page !== undefined);

/** Loads the pages' code ahead of use, one page per idle moment, in menu order. */
export function preloadPages(
  sections: readonly Section[],
  whenIdle: (then: () => void) => () => void,
): () => void {
  const pending = sections.flatMap(({ page }) =>
    page && 'preload' in page ? [page as PreloadablePage] : [],
  );
  let stop = () => {};
  const next = () => {
    const page = pending.shift();
    if (!page) return;
    stop = whenIdle(() => {
      // A page that fails to load here is loaded (and its failure shown) when opened.
      page.preload().then(next, next);
    });
  };
  next();
  return () => {
    pending.length = 0;
    stop();
  };
}
