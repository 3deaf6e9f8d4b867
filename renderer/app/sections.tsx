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
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { PlainMessageKey } from '../../shared/i18n';
import { HomePage } from '../features/home/HomePage';
import { SettingsPage } from '../features/settings/SettingsPage';

// Loaded when first opened: the roster brings the pinyin dictionary and the table code.
const MembersPage = lazy(() =>
  import('../features/members/MembersPage').then((m) => ({ default: m.MembersPage })),
);
const MeetingsPage = lazy(() =>
  import('../features/meetings/MeetingsPage').then((m) => ({ default: m.MeetingsPage })),
);
const AssessmentPage = lazy(() =>
  import('../features/assessment/AssessmentPage').then((m) => ({ default: m.AssessmentPage })),
);
const LedgerPage = lazy(() =>
  import('../features/ledger/LedgerPage').then((m) => ({ default: m.LedgerPage })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const FederationPage = lazy(() =>
  import('../features/federation/FederationPage').then((m) => ({ default: m.FederationPage })),
);
const SurveysPage = lazy(() =>
  import('../features/surveys/SurveysPage').then((m) => ({ default: m.SurveysPage })),
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
  page?: ComponentType;
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
