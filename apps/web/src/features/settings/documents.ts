import { graphql } from '../../gql';

export const PushSettingsDocument = graphql(`
  query PushSettings {
    webPushPublicKey
    pushSettings {
      messages
      consultations
      mentions
      broadcasts
    }
  }
`);

export const UpdatePushSettingsDocument = graphql(`
  mutation UpdatePushSettings($input: UpdatePushSettingsInput!) {
    updatePushSettings(input: $input) {
      messages
      consultations
      mentions
      broadcasts
    }
  }
`);

export const RegisterPushSubscriptionDocument = graphql(`
  mutation RegisterPushSubscription($endpoint: String!, $p256dh: String!, $auth: String!) {
    registerPushSubscription(endpoint: $endpoint, p256dh: $p256dh, auth: $auth)
  }
`);

export const UnregisterPushSubscriptionDocument = graphql(`
  mutation UnregisterPushSubscription($endpoint: String!) {
    unregisterPushSubscription(endpoint: $endpoint)
  }
`);
