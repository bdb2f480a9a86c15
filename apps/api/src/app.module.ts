import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard, HealthController, inputValidationPipe } from '@ketnoi/platform';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { DirectoryModule } from '@ketnoi/directory';
import { AuthService, IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { SocialModule } from '@ketnoi/social';
import { CasesModule } from '@ketnoi/cases';
import { NotificationsModule } from '@ketnoi/notifications';
import { SearchModule } from '@ketnoi/search';
import { MessagingModule } from '@ketnoi/messaging';
import { CoreModule } from './core.module';
import { graphqlOptions } from './graphql.config';
import { GraphqlWsServer } from './graphql-ws/graphql-ws.server';
import type { Runtime } from './runtime';
import { SeedService } from './seed/seed.service';
import { DemoSocialSeeder } from './seed/demo-social';

@Module({})
export class AppModule {
  static forRuntime(rt: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRuntime(rt),
        DirectoryModule,
        UploadsModule,
        IdentityModule,
        GroupsModule,
        SocialModule,
        CasesModule,
        NotificationsModule,
        SearchModule,
        MessagingModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(rt.config, auth, rt.logger),
        }),
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_PIPE, useValue: inputValidationPipe }, SeedService, DemoSocialSeeder, GraphqlWsServer],
    };
  }
}
