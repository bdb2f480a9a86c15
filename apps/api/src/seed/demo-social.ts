import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@ketnoi/platform';
import { UsersService } from '@ketnoi/identity';
import { GroupKind, GroupMembershipService, GroupPrivacy, GroupsService } from '@ketnoi/groups';
import { CommentsService, PostReactionsService, PostsService, ReactionKind, Visibility } from '@ketnoi/social';
import { mulberry32 } from './demo-data';

/** Demo posts: professional content only, no patient identifiers. */
const POSTS: { author: string; body: string; group?: string }[] = [
  {
    author: 'bs.lan',
    body: 'Chia sẻ phác đồ xử trí nhồi máu cơ tim cấp ST chênh lên tại tuyến tỉnh: thời gian cửa – bóng dưới 90 phút vẫn là mục tiêu. Các anh chị ở tuyến huyện chuyển viện sớm giúp nhé. #timmach #capcuu',
    group: 'tim-mach',
  },
  {
    author: 'bs.lan',
    body: 'Tuần sau Bạch Mai tập huấn đọc điện tâm đồ cho các trung tâm y tế khu vực. Ai quan tâm để lại bình luận để mình gửi lịch. #daotao #ecg',
  },
  { author: 'admin.bachmai', body: 'Thông báo: từ 1/12 khoa Khám bệnh mở thêm quầy tiếp nhận hội chẩn từ xa cho tuyến dưới. #hoichan', group: 'bach-mai' },
  {
    author: '*',
    body: 'Mùa mưa bắt đầu, số ca sốt xuất huyết tăng ở nhiều xã. Nhắc lại dấu hiệu cảnh báo: đau bụng, nôn nhiều, chảy máu niêm mạc, hematocrit tăng kèm tiểu cầu giảm nhanh. #sotxuathuyet #dichte',
  },
  {
    author: '*',
    body: 'Có đồng nghiệp nào đang dùng thang điểm NEWS2 cho bệnh nhân nội trú không? Bên mình triển khai được 3 tháng, phát hiện xấu đi sớm hơn hẳn. #dieuduong #antoannguoibenh',
  },
  { author: '*', body: 'Kinh nghiệm giảm đau sau mổ đa mô thức: paracetamol + NSAID theo giờ, opioid chỉ khi cần. Thời gian nằm viện giảm rõ. #gaymehoisuc' },
  {
    author: '*',
    body: 'Nhắc lịch tiêm chủng mở rộng tháng này ở trạm: sởi – rubella cho trẻ 18 tháng. Các trạm vùng cao cần hỗ trợ vắc xin liên hệ trung tâm y tế khu vực. #tiemchung',
    group: 'tim-mach',
  },
  {
    author: '*',
    body: 'Tổng hợp tài liệu hướng dẫn chẩn đoán và điều trị đái tháo đường típ 2 mới nhất của Bộ Y tế, ai cần mình gửi bản PDF. #noitiet #daithaoduong',
  },
  { author: '*', body: 'Hỏi kinh nghiệm: trạm y tế xã nên dự trữ thuốc gì cho cấp cứu phản vệ ngoài adrenalin? #capcuu #phanve' },
  { author: '*', body: 'Ghi chú lâm sàng: theo dõi SpO2 và nhịp thở ở trẻ viêm phổi, tỉ lệ 1/3 ca cần thở oxy trong đợt này. #nhikhoa' },
];

const GROUPS = [
  {
    key: 'tim-mach',
    owner: 'bs.lan',
    name: 'Cộng đồng Tim mạch Việt Nam',
    description: 'Trao đổi chuyên môn tim mạch giữa các tuyến.',
    privacy: GroupPrivacy.PUBLIC,
    kind: GroupKind.SPECIALTY_COMMUNITY,
    rules: 'Không đăng thông tin định danh người bệnh. Tôn trọng đồng nghiệp.',
  },
  {
    key: 'bach-mai',
    owner: 'admin.bachmai',
    name: 'Mạng lưới đào tạo Bệnh viện Bạch Mai',
    description: 'Bạch Mai và các cơ sở tuyến dưới được hỗ trợ chuyên môn.',
    privacy: GroupPrivacy.PRIVATE,
    kind: GroupKind.TRAINING_NETWORK,
    rules: 'Chỉ dành cho nhân viên các cơ sở trong mạng lưới.',
  },
];

const COMMENTS = [
  'Cảm ơn anh chị đã chia sẻ!',
  'Bên em cũng gặp tình huống tương tự, sẽ áp dụng thử.',
  'Có thể gửi thêm tài liệu tham khảo không ạ?',
  'Rất hữu ích cho tuyến xã.',
];

/**
 * Groups, follows, posts, reactions and comments between the demo accounts, made
 * through the feature services so counters, hashtags, search and notifications are real.
 */
@Injectable()
export class DemoSocialSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly membership: GroupMembershipService,
    private readonly posts: PostsService,
    private readonly reactions: PostReactionsService,
    private readonly comments: CommentsService,
  ) {}

  /** Returns the demo accounts by e-mail handle and the groups by key, for the seeders after it. */
  async seed(): Promise<{ byHandle: Map<string, Viewer>; groupIds: Map<string, string> }> {
    const rows: { id: string; email: string; roles: string[]; facility_id: string | null; province_code: string | null }[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.roles, u.facility_id, coalesce(u.scope_province_code, f.province_code) AS province_code
         FROM users u LEFT JOIN facilities f ON f.id = u.facility_id
        WHERE u.verification_status = 'VERIFIED' ORDER BY u.email`,
    );
    const viewer = (r: (typeof rows)[number]): Viewer => ({
      id: r.id,
      sessionId: 'demo-seed',
      roles: r.roles,
      verificationStatus: 'VERIFIED',
      facilityId: r.facility_id,
      provinceCode: r.province_code,
    });
    const byHandle = new Map(rows.map((r) => [r.email.split('@')[0], viewer(r)]));
    const everyone = rows.map(viewer);
    const rand = mulberry32(2026);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];

    const groupIds = new Map<string, string>();
    for (const g of GROUPS) {
      const owner = byHandle.get(g.owner);
      if (!owner) continue;
      const created = await this.groups.create(owner, { name: g.name, description: g.description, privacy: g.privacy, kind: g.kind, rules: g.rules });
      groupIds.set(g.key, created.id);
      const members = everyone.filter((v) => v.id !== owner.id && rand() < 0.4);
      if (g.privacy === GroupPrivacy.PUBLIC) {
        for (const m of members) await this.membership.join(m, created.id);
      } else {
        await this.membership.invite(
          owner,
          created.id,
          members.map((m) => m.id),
        );
        for (const m of members) await this.membership.join(m, created.id);
      }
    }

    const lan = byHandle.get('bs.lan');
    for (const v of everyone) {
      if (lan && v.id !== lan.id && rand() < 0.5) await this.users.follow(v, lan.id);
      const other = pick(everyone);
      if (other.id !== v.id && rand() < 0.3) await this.users.follow(v, other.id);
    }

    for (const p of POSTS) {
      const author = p.author === '*' ? pick(everyone) : byHandle.get(p.author);
      if (!author) continue;
      const groupId = p.group ? groupIds.get(p.group) : undefined;
      const postId = await this.posts
        .create(author, { body: p.body, visibility: groupId ? Visibility.GROUP : Visibility.ALL_VERIFIED, groupId })
        .catch(() => null); // the random author may not belong to the group: skip that post
      if (!postId) continue;
      for (const reactor of everyone) {
        if (reactor.id !== author.id && rand() < 0.15) {
          await this.reactions
            .react(reactor, postId, pick([ReactionKind.LIKE, ReactionKind.LIKE, ReactionKind.INSIGHTFUL, ReactionKind.SUPPORT]))
            .catch(() => undefined);
        }
      }
      for (let i = 0; i < Math.floor(rand() * 3); i++) {
        await this.comments.add(pick(everyone), { postId, body: pick(COMMENTS) }).catch(() => undefined);
      }
    }
    return { byHandle, groupIds };
  }
}
