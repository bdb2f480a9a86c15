import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { GroupCardView } from '../groups/GroupCardView';
import { UserCardView } from '../people/UserCardView';

const FeedSuggestionsDocument = graphql(`
  query FeedSuggestions {
    suggestedColleagues(first: 6) {
      edges {
        node {
          ...UserCard
        }
      }
    }
    suggestedGroups(first: 4) {
      ...GroupCard
    }
  }
`);

const list = { p: 0, m: 0, style: { listStyle: 'none' } } as const;

/**
 * The empty feed of a new member: colleagues to follow (same facility, same specialty) and
 * groups to join (the ones colleagues are in first), instead of a dead end.
 */
export function FeedSuggestions({ empty = false }: { empty?: boolean }) {
  const { t } = useTranslation();
  const { data } = useQuery(FeedSuggestionsDocument, { fetchPolicy: 'cache-and-network' });
  const people = data?.suggestedColleagues.edges.map((e) => e.node) ?? [];
  const groups = data?.suggestedGroups ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Text fw={600}>{empty ? t('feed.emptyTitle') : t('feed.newcomerTitle')}</Text>
          <Text size="sm">{t('feed.emptyBody')}</Text>
        </Stack>
        {people.length ? (
          <Stack gap="xs" component="section" aria-labelledby="suggested-colleagues">
            <Title order={2} fz="h4" id="suggested-colleagues">
              {t('feed.suggestedColleagues')}
            </Title>
            <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" {...list}>
              {people.map((user) => (
                <UserCardView key={user.id} user={user} />
              ))}
            </SimpleGrid>
          </Stack>
        ) : null}
        {groups.length ? (
          <Stack gap="xs" component="section" aria-labelledby="suggested-groups">
            <Title order={2} fz="h4" id="suggested-groups">
              {t('feed.suggestedGroups')}
            </Title>
            <SimpleGrid component="ul" cols={{ base: 1, sm: 2 }} spacing="sm" {...list}>
              {groups.map((group) => (
                <GroupCardView key={group.id} group={group} />
              ))}
            </SimpleGrid>
          </Stack>
        ) : null}
        <Group gap="md">
          <Anchor component={Link} to="/people">
            {t('feed.findPeople')}
          </Anchor>
          <Anchor component={Link} to="/groups">
            {t('feed.findGroups')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
