import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from './pagination';

const PAGE_SIZE_MESSAGE = `"first" phải từ 1 đến ${MAX_PAGE_SIZE}.`;

/** `first` / `after` of a connection (the cursor itself is checked by `decodeCursor` / `cursorAt`). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: PAGE_SIZE_MESSAGE })
  @Min(1, { message: PAGE_SIZE_MESSAGE })
  @Max(MAX_PAGE_SIZE, { message: PAGE_SIZE_MESSAGE })
  first?: number;

  @Field({ nullable: true })
  @IsOptional()
  after?: string;
}
