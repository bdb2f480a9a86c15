import { Field, ID, InterfaceType } from '@nestjs/graphql';

@InterfaceType('Node')
export abstract class NodeInterface {
  @Field(() => ID)
  id: string;
}
