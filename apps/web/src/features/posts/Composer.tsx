import { Box, Button, Card, FileButton, Group, Image, Paper, Progress, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconFileTypePdf, IconMovie, IconPaperclip, IconSend } from '@tabler/icons-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/hooks';
import type { PostCardFragment, Visibility } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { formatFileSize, formatNumber } from '../../shared/lib/format';
import { charCount, newClientId } from '../../shared/lib/id';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { unresolvedFindings, useEverydayPhi } from '../../shared/phi/everydayPhi';
import { PhiHints } from '../../shared/phi/PhiHints';
import { usePhiGate } from '../../shared/phi/usePhiGate';
import { RemoveButton } from '../../shared/ui/RemoveButton';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { MyGroupsDocument } from '../groups/documents';
import { prependPost } from './cache';
import { CreatePostDocument, EditPostDocument } from './documents';
import { MentionTextarea } from './MentionTextarea';
import { draftToMarkup, markupToDraft } from './richText';
import { POST_ATTACHMENTS_MAX, POST_MEDIA_ACCEPT, uploadErrorKey, useAttachmentUploads, type AttachmentItem } from './useAttachmentUploads';

export const POST_BODY_MAX = 20_000;
const COUNTER_FROM = 18_000;
const VISIBILITIES: Visibility[] = ['ALL_VERIFIED', 'FOLLOWERS', 'GROUP'];

function AttachmentTile({ item, onRemove }: { item: AttachmentItem; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const image = item.contentType.startsWith('image/');
  const Icon = item.contentType === 'application/pdf' ? IconFileTypePdf : item.contentType.startsWith('video/') ? IconMovie : IconPaperclip;
  const reason = item.status === 'error' ? uploadErrorKey(item.error) : null;
  return (
    <Paper withBorder radius="md" p={6} pos="relative" component="li" style={{ listStyle: 'none' }}>
      <Group gap="xs" wrap="nowrap" align="center" pr={28}>
        {image && item.previewUrl ? (
          <Image src={item.previewUrl} alt="" w={48} h={48} radius="sm" fit="cover" style={{ flexShrink: 0 }} />
        ) : (
          <Icon size={32} aria-hidden color="var(--mantine-color-ketnoi-7)" style={{ flexShrink: 0 }} />
        )}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text size="xs" fw={600} truncate>
            {item.fileName}
          </Text>
          {item.status === 'error' ? (
            <Text size="xs" c="red.8" role="alert">
              {reason === 'tooLarge'
                ? t('composer.fileTooLarge')
                : reason === 'badType'
                  ? t('composer.fileBadType')
                  : (mapApiError(item.error).alert?.message ?? t('upload.failed'))}
            </Text>
          ) : item.status === 'uploading' ? (
            <Progress
              value={item.progress}
              size="sm"
              aria-label={t('composer.uploadProgress', { name: item.fileName })}
              role="progressbar"
              aria-valuenow={item.progress}
              aria-valuemin={0}
              aria-valuemax={100}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {formatFileSize(item.size, i18n.language)}
            </Text>
          )}
        </Stack>
      </Group>
      <RemoveButton label={t('composer.removeFile', { name: item.fileName })} onClick={onRemove} />
    </Paper>
  );
}

interface ComposerProps {
  /** Posting inside this group (its page): visibility is GROUP and cannot change. */
  group?: { id: string; name: string } | null;
  /** Editing this post instead of writing a new one. */
  edit?: PostCardFragment | null;
  onDone?: () => void;
  onCancel?: () => void;
}

export function Composer({ group = null, edit = null, onDone, onCancel }: ComposerProps) {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const fieldId = useId();
  const initialDraft = useMemo(() => (edit ? markupToDraft(edit.body) : { text: '', mentions: new Map<string, string>() }), [edit]);
  const [text, setText] = useState(initialDraft.text);
  const mentions = useRef(new Map(initialDraft.mentions));
  const [visibility, setVisibility] = useState<Visibility>(group ? 'GROUP' : 'ALL_VERIFIED');
  const [groupId, setGroupId] = useState<string | null>(group?.id ?? null);
  const uploads = useAttachmentUploads(edit?.attachments ?? []);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  // One idempotency key per draft: a retry after a lost response returns the same post.
  const clientId = useRef<string | null>(null);
  const [createPost, createState] = useMutation(CreatePostDocument);
  const [editPost, editState] = useMutation(EditPostDocument);
  const phiGate = usePhiGate();
  const [mentionNames, setMentionNames] = useState<string[]>(() => [...initialDraft.mentions.keys()]);
  const findings = useEverydayPhi(text, mentionNames);

  const chooseGroup = !group && !edit && visibility === 'GROUP';
  const myGroups = useQuery(MyGroupsDocument, { variables: { first: 50 }, skip: !chooseGroup });
  const groupOptions = (myGroups.data?.myGroups.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));

  const length = charCount(text);
  const tooLong = length > POST_BODY_MAX;
  const empty = !text.trim() && uploads.items.length === 0;
  const busy = createState.loading || editState.loading;
  const canSubmit = !empty && !tooLong && !uploads.uploading && !uploads.failed && !busy && (!chooseGroup || !!groupId);

  const draftChanged = () => {
    clientId.current = null;
    setNotice(null);
  };

  const onFiles = (files: File[]) => {
    if (files.length === 0) return;
    draftChanged();
    const left = uploads.add(files);
    if (left > 0) setNotice(t('composer.tooManyFiles', { max: POST_ATTACHMENTS_MAX }));
  };

  const submit = async () => {
    if (!canSubmit || !viewer) return;
    setError(null);
    setFieldErrors({});
    const body = draftToMarkup(text.trim(), mentions.current);
    const audience = edit ? edit.visibility : visibility;
    // The send check: findings to a group or all members are shown first (hard ones need a reason).
    const decision = await phiGate.beforeSend(text.trim(), [...mentions.current.keys()], audience);
    if (decision === false) {
      setFieldErrors({ body: t('privacy.dialog.editRequested') });
      return;
    }
    const send = async (phiReason: string | null) => {
      if (edit) {
        await editPost({ variables: { input: { id: edit.id, body, attachmentIds: uploads.attachmentIds, phiReason } } });
      } else {
        clientId.current ??= newClientId();
        const targetGroup = visibility === 'GROUP' ? groupId : null;
        await createPost({
          variables: {
            input: {
              body,
              visibility,
              groupId: targetGroup,
              attachmentIds: uploads.attachmentIds,
              clientId: clientId.current,
              phiReason,
            },
          },
          update: (cache, { data }) => {
            if (data?.createPost) prependPost(cache, data.createPost, { authorId: viewer.id, groupId: targetGroup });
          },
        });
        clientId.current = null;
        setText('');
        mentions.current.clear();
        setMentionNames([]);
        uploads.reset();
      }
    };
    try {
      try {
        await send(decision.reason);
      } catch (caught) {
        // The server's own scan found what the browser did not: the same check, with a reason.
        const refused = unresolvedFindings(caught);
        if (!refused) throw caught;
        const again = await phiGate.afterRefusal(body, refused, audience);
        if (again === false) {
          setFieldErrors({ body: t('privacy.dialog.editRequested') });
          return;
        }
        await send(again.reason);
      }
      onDone?.();
    } catch (caught) {
      const mapped = mapApiError(caught, ['body', 'attachmentIds', 'groupId', 'visibility', 'phiReason']);
      setFieldErrors(mapped.fieldErrors);
      setError(mapped.alert ? caught : null);
    }
  };

  const bodyError = fieldErrors.body ?? (tooLong ? t('composer.tooLong', { max: formatNumber(POST_BODY_MAX, i18n.language) }) : null);
  const otherFieldError = fieldErrors.attachmentIds ?? fieldErrors.groupId ?? fieldErrors.visibility ?? fieldErrors.phiReason ?? null;

  return (
    <Card withBorder padding="md" component="section" aria-label={edit ? t('composer.editTitle') : t('composer.title')}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {viewer && !edit ? <UserAvatar name={viewer.fullName} url={viewer.avatarUrl} size={40} visibleFrom="xs" /> : null}
          <Box style={{ flex: 1, minWidth: 0 }}>
            <MentionTextarea
              id={fieldId}
              aria-label={t('composer.bodyLabel')}
              placeholder={group ? t('composer.placeholderGroup', { group: group.name }) : t('composer.placeholder')}
              value={text}
              onChange={(value) => {
                setText(value);
                draftChanged();
              }}
              onMention={(name, id) => {
                mentions.current.set(name, id);
                setMentionNames([...mentions.current.keys()]);
              }}
              autosize
              minRows={edit ? 4 : 2}
              maxRows={14}
              error={bodyError}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  void submit();
                }
              }}
            />
            <PhiHints findings={findings} />
            {length >= COUNTER_FROM ? (
              <Text size="xs" ta="right" c={tooLong ? 'red.8' : 'dimmed'} mt={4} aria-live="polite">
                {t('composer.counter', {
                  length: formatNumber(length, i18n.language),
                  max: formatNumber(POST_BODY_MAX, i18n.language),
                })}
              </Text>
            ) : null}
          </Box>
        </Group>

        {uploads.items.length > 0 ? (
          <SimpleGrid component="ul" cols={{ base: 1, xs: 2 }} spacing="xs" m={0} p={0} aria-label={t('composer.attachments')}>
            {uploads.items.map((item) => (
              <AttachmentTile
                key={item.key}
                item={item}
                onRemove={() => {
                  draftChanged();
                  uploads.remove(item.key);
                }}
              />
            ))}
          </SimpleGrid>
        ) : null}

        {notice ? (
          <Text size="sm" c="orange.9" role="status">
            {notice}
          </Text>
        ) : null}
        {otherFieldError ? (
          <Text size="sm" c="red.8" role="alert">
            {otherFieldError}
          </Text>
        ) : null}
        <ErrorAlert error={error} onClose={() => setError(null)} />
        {phiGate.dialog}

        {group && !edit ? (
          <Text size="xs" c="dimmed">
            {t('composer.inGroup', { group: group.name })}
          </Text>
        ) : null}

        <div className="composer-toolbar">
          <FileButton onChange={onFiles} accept={POST_MEDIA_ACCEPT} multiple>
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconPaperclip size={18} aria-hidden />}
                disabled={uploads.items.length >= POST_ATTACHMENTS_MAX}
                aria-label={t('composer.attachLabel')}
              >
                {t('composer.attach')}
              </Button>
            )}
          </FileButton>
          {!group && !edit ? (
            <div className="composer-audience">
              <Select
                aria-label={t('composer.visibility')}
                data={VISIBILITIES.map((value) => ({ value, label: t(`enums.Visibility.${value}`) }))}
                value={visibility}
                onChange={(value) => {
                  if (!value) return;
                  draftChanged();
                  setVisibility(value as Visibility);
                }}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                style={{ flex: '1 1 220px', maxWidth: 320 }}
              />
              {chooseGroup ? (
                <Select
                  aria-label={t('composer.group')}
                  placeholder={groupOptions.length || myGroups.loading ? t('composer.groupPlaceholder') : t('composer.noGroups')}
                  data={groupOptions}
                  value={groupId}
                  onChange={(value) => {
                    draftChanged();
                    setGroupId(value);
                  }}
                  searchable
                  nothingFoundMessage={t('select.nothingFound')}
                  comboboxProps={{ withinPortal: true }}
                  style={{ flex: '1 1 200px', maxWidth: 300 }}
                />
              ) : null}
            </div>
          ) : null}
          <Group gap="xs" wrap="nowrap" className="composer-submit">
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            ) : null}
            <Button onClick={() => void submit()} disabled={!canSubmit} loading={busy} leftSection={edit ? undefined : <IconSend size={18} aria-hidden />}>
              {edit ? t('composer.saveEdit') : t('composer.submit')}
            </Button>
          </Group>
        </div>
        {!edit ? (
          <Text size="xs" c="dimmed">
            {t('composer.privacyHint')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
