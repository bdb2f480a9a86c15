import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { ChatMessageFragment } from '../../gql/graphql';
import {
  AcceptConversationDocument,
  ConversationsDocument,
  DeclineConversationDocument,
  DeleteMessageDocument,
  EditMessageDocument,
  LeaveConversationDocument,
  MuteConversationDocument,
  UnreadConversationCountDocument,
} from './documents';

const refetchLists = { refetchQueries: [ConversationsDocument, UnreadConversationCountDocument] };

/**
 * What the viewer can do to an open conversation and its messages. Edited and deleted messages go
 * through `receive` into the log; failures stay in each mutation's state for the UI to show.
 */
export function useChatMutations(conversationId: string, receive: (messages: ChatMessageFragment[]) => void) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [editMessage, editing] = useMutation(EditMessageDocument);
  const [deleteMessage, deletion] = useMutation(DeleteMessageDocument);
  const [muteMutation] = useMutation(MuteConversationDocument);
  const [leaveMutation, leaving] = useMutation(LeaveConversationDocument, refetchLists);
  const [acceptMutation, accepting] = useMutation(AcceptConversationDocument, refetchLists);
  const [declineMutation, declining] = useMutation(DeclineConversationDocument, refetchLists);

  const edit = useCallback(
    async (message: ChatMessageFragment, body: string) => {
      const { data } = await editMessage({ variables: { id: message.id, body } });
      if (data?.editMessage) receive([data.editMessage]);
    },
    [editMessage, receive],
  );

  /** Resolves to whether the message was deleted (a failure is in `deletion.error`). */
  const remove = async (message: ChatMessageFragment): Promise<boolean> => {
    try {
      const { data } = await deleteMessage({ variables: { id: message.id } });
      if (data?.deleteMessage) receive([data.deleteMessage]);
      return true;
    } catch {
      return false;
    }
  };

  const mute = (muted: boolean) => void muteMutation({ variables: { conversationId, muted } }).catch(() => undefined);
  const leave = () =>
    void leaveMutation({ variables: { conversationId } })
      .then(() => navigate('/messages'))
      .catch(() => undefined);
  const accept = () =>
    void acceptMutation({ variables: { conversationId } })
      .then(() => client.refetchQueries({ include: 'active' }))
      .catch(() => undefined);
  const decline = () =>
    void declineMutation({ variables: { conversationId } })
      .then(() => navigate('/messages'))
      .catch(() => undefined);

  return { edit, editing, remove, deletion, mute, leave, leaving, accept, accepting, decline, declining };
}
