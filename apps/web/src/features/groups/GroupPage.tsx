import { Button, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconMailPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { GroupQuery } from '../../gql/graphql';
import { formatNumber } from '../../shared/lib/format';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { PageShell } from '../../shared/ui/PageShell';
import { GroupChatTab } from '../messages/GroupChatTab';
import { Composer } from '../posts/Composer';
import { GroupPostsDocument } from '../posts/documents';
import { PostCard } from '../posts/PostCard';
import { PostList } from '../posts/PostList';
import { GroupProgrammes } from '../live/Programmes';
import { GroupDocument } from './documents';
import { GroupBadges } from './GroupBadges';
import { GroupMembersTab } from './GroupMembersTab';
import { GroupRequestsTab } from './GroupRequestsTab';
import { InviteDialog } from './InviteDialog';
import { JoinButton } from './JoinButton';
import { isModerator } from './labels';
import { GroupSettingsTab } from './GroupSettingsTab';
import { ADMIN_TOOLS_NS } from '../admin/registerTexts';

type LoadedGroup = NonNullable<GroupQuery['group']>;
const TABS = ['posts', 'chat', 'about', 'members', 'requests', 'settings'] as const;
type Tab = (typeof TABS)[number];

function GroupFeed({ group }: { group: LoadedGroup }) {
  const { t } = useTranslation();
  const { hasFullAccess } = useViewer();
  const canRead = group.privacy === 'PUBLIC' || !!group.viewerRole;
  const { data, loading, error, fetchMore } = useQuery(GroupPostsDocument, {
    variables: { groupId: group.id, first: 10 },
    skip: !canRead,
  });
  if (!canRead) {
    return (
      <Card withBorder padding="lg">
        <Text>{group.privacy === 'PRIVATE' ? t('groups.privateNotice') : t('groups.secretNotice')}</Text>
      </Card>
    );
  }
  const pinnedIds = new Set(group.pinnedPosts.map((post) => post.id));
  const connection = data?.groupPosts ? { ...data.groupPosts, edges: data.groupPosts.edges.filter((edge) => !pinnedIds.has(edge.node.id)) } : data?.groupPosts;
  return (
    <Stack gap="md">
      {group.viewerRole && hasFullAccess ? <Composer group={{ id: group.id, name: group.name }} /> : null}
      {group.pinnedPosts.length > 0 ? (
        <Stack gap="md" component="section" aria-label={t('groups.pinnedPosts')}>
          {group.pinnedPosts.map((post) => (
            <PostCard key={post.id} post={post} hideGroup />
          ))}
        </Stack>
      ) : null}
      <PostList
        label={t('groups.feedOf', { name: group.name })}
        connection={connection}
        loading={loading}
        error={error}
        fetchMore={(after) => fetchMore({ variables: { after } })}
        hideGroup
        empty={
          group.pinnedPosts.length === 0 ? (
            <Card withBorder padding="lg">
              <Text c="dimmed">{t('groups.noPosts')}</Text>
            </Card>
          ) : null
        }
      />
    </Stack>
  );
}

function GroupAbout({ group }: { group: LoadedGroup }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('groups.about')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere" c={group.description ? undefined : 'dimmed'}>
            {group.description || t('groups.noDescription')}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('groups.form.kind')}:
            </Text>{' '}
            {t(`enums.GroupKind.${group.kind}`)}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('groups.form.privacy')}:
            </Text>{' '}
            {t(`enums.GroupPrivacy.${group.privacy}`)} — {t(`groups.privacyHelp.${group.privacy}`)}
          </Text>
        </Stack>
      </Card>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('groups.form.rules')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} className="break-anywhere" c={group.rules ? undefined : 'dimmed'}>
            {group.rules || t('groups.noRules')}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}

export function GroupPage() {
  const { t, i18n } = useTranslation();
  const { t: ta } = useTranslation(ADMIN_TOOLS_NS);
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [inviting, setInviting] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const { hasFullAccess } = useViewer();
  const { data, loading, error } = useQuery(GroupDocument, { variables: { id }, skip: !id });
  const group = data?.group;
  useDocumentTitle(group?.name ?? t('groups.title'));

  const moderator = isModerator(group?.viewerRole);
  const available: Tab[] = (moderator && group?.privacy === 'PRIVATE' ? [...TABS] : TABS.filter((tab) => tab !== 'requests'))
    .filter(
      // The group's chat is for its members.
      (tab) => tab !== 'chat' || (!!group?.viewerRole && hasFullAccess),
    )
    .filter((tab) => tab !== 'settings' || (moderator && hasFullAccess));
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && available.includes(requested) ? requested : 'posts';
  const canInvite = !!group?.viewerRole && hasFullAccess && (group.privacy === 'PUBLIC' || moderator);
  const canSeeMembers = !!group && (group.privacy === 'PUBLIC' || !!group.viewerRole);

  const back = { to: '/groups', label: t('groups.backToGroups') };
  if (loading && !data) return <PageShell loading />;
  if (!group) return <PageShell back={back} maw={760} missing={{ error, title: t('groups.notFoundTitle'), body: t('groups.notFoundBody') }} />;

  return (
    <PageShell back={back} maw={760}>
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }} className="break-anywhere">
            {group.name}
          </Title>
          <GroupBadges privacy={group.privacy} kind={group.kind} />
          <Text size="sm">{t('groups.members', { count: group.memberCount, formatted: formatNumber(group.memberCount, i18n.language) })}</Text>
          {group.description ? (
            <Text size="sm" c="dimmed" lineClamp={3} className="break-anywhere">
              {group.description}
            </Text>
          ) : null}
          <Group gap="xs">
            <JoinButton group={group} />
            {canInvite ? (
              <Button variant="default" leftSection={<IconMailPlus size={18} aria-hidden />} onClick={() => setInviting(true)}>
                {t('groups.invite.open')}
              </Button>
            ) : null}
          </Group>
          {status ? (
            <Text size="sm" c="green.9" role="status">
              {status}
            </Text>
          ) : null}
        </Stack>
      </Card>

      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'posts' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List grow style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          {available.map((value) => (
            <Tabs.Tab key={value} value={value} px={{ base: 'xs', sm: 'md' }}>
              {value === 'chat' ? t('messages.groupTab.tab') : value === 'settings' ? ta('groupSettings.tab') : t(`groups.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="posts" pt="md">
          <GroupFeed group={group} />
        </Tabs.Panel>
        {available.includes('chat') ? (
          <Tabs.Panel value="chat" pt="md">
            <GroupChatTab groupId={group.id} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="about" pt="md">
          <Stack>
            <GroupAbout group={group} />
            {group.viewerRole ? <GroupProgrammes groupId={group.id} canCreate={isModerator(group.viewerRole)} /> : null}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          {canSeeMembers ? (
            <GroupMembersTab groupId={group.id} viewerRole={group.viewerRole} />
          ) : (
            <Card withBorder padding="lg">
              <Text>{t('groups.membersHidden')}</Text>
            </Card>
          )}
        </Tabs.Panel>
        {available.includes('settings') ? (
          <Tabs.Panel value="settings" pt="md">
            <GroupSettingsTab group={group} />
          </Tabs.Panel>
        ) : null}
        {available.includes('requests') ? (
          <Tabs.Panel value="requests" pt="md">
            <GroupRequestsTab groupId={group.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>

      {inviting ? (
        <InviteDialog group={group} opened={inviting} onClose={() => setInviting(false)} onInvited={(count) => setStatus(t('groups.invite.done', { count }))} />
      ) : null}
    </PageShell>
  );
}
