import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type Viewer } from '@ketnoi/platform';
import { PushService } from './push.service';
import { PushSettingsType, RegisterPushSubscriptionArgs, UnregisterPushSubscriptionArgs, UpdatePushSettingsInput } from './types';

@Resolver()
export class PushResolver {
  constructor(private readonly push: PushService) {}

  @Query(() => String, { description: 'VAPID public key, base64url (uncompressed P-256 point)' })
  @Access.public()
  webPushPublicKey(): string {
    return this.push.publicKey();
  }

  @Mutation(() => Boolean, { description: "Stores this browser's push subscription for the viewer (a known endpoint moves to the viewer)" })
  @Access.authenticated()
  registerPushSubscription(@Args() args: RegisterPushSubscriptionArgs, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.push.register(viewer, args);
  }

  @Mutation(() => Boolean)
  @Access.authenticated()
  unregisterPushSubscription(@Args() { endpoint }: UnregisterPushSubscriptionArgs, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.push.unregister(viewer, endpoint);
  }

  @Query(() => PushSettingsType, { description: 'Which kinds of push notification the viewer gets' })
  @Access.authenticated()
  pushSettings(@CurrentViewer() viewer: Viewer): Promise<PushSettingsType> {
    return this.push.settings(viewer);
  }

  @Mutation(() => PushSettingsType)
  @Access.authenticated()
  updatePushSettings(@Args('input') input: UpdatePushSettingsInput, @CurrentViewer() viewer: Viewer): Promise<PushSettingsType> {
    return this.push.updateSettings(viewer, input);
  }
}
