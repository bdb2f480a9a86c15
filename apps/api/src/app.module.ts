import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard, CoreModule, HealthController, OutboxController, inputValidationPipe, type Runtime } from '@ketnoi/platform';
import { AuthService, IdentityModule } from '@ketnoi/identity';
import { FEATURE_MODULES } from '@ketnoi/features';
import { graphqlOptions } from './graphql.config';
import { GraphqlWsServer } from './graphql-ws/graphql-ws.server';
import { SeedService } from './seed/seed.service';
import { DemoSocialSeeder } from './seed/demo-social';
import { DemoBroadcastsSeeder } from './seed/demo-broadcasts';
import { DemoLiveSeeder } from './seed/demo-live';

@Module({})
export class AppModule {
  static forRuntime(rt: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRuntime(rt),
        ...FEATURE_MODULES,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(rt.config, auth, rt.logger.child({ component: 'graphql' })),
        }),
      ],
      controllers: [HealthController, OutboxController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useValue: inputValidationPipe },
        SeedService,
        DemoSocialSeeder,
        DemoBroadcastsSeeder,
        DemoLiveSeeder,
        GraphqlWsServer,
      ],
    };
  }
}
