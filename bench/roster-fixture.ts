import { makeMember, makeResidentId } from '../shared/members/fixtures';
import type { Member } from '../shared/members/model';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗单曾';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚';

/** `count` distinct, valid members (unique ID numbers), the same in every bench run. */
export function benchMembers(count: number): Member[] {
  return Array.from({ length: count }, (_, i) =>
    makeMember({
      id: `m-${i}`,
      name:
        SURNAMES[i % SURNAMES.length]! +
        GIVEN[(i * 7) % GIVEN.length]! +
        GIVEN[(i * 13) % GIVEN.length]!,
      docNumber: makeResidentId({
        birthDate: `19${60 + (i % 40)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        sequence: i % 100,
        area: String(110101 + Math.floor(i / 1200)),
      }),
      memberNo: `HY${String(i).padStart(6, '0')}`,
      department: `部门${i % 40}`,
      joinedOn: `20${String(10 + (i % 15)).padStart(2, '0')}-03-01`,
    }),
  );
}
