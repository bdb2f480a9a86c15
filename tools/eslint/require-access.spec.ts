import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { requireAccess } from './require-access.mjs';

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('require-access', requireAccess, {
  valid: [
    'class R { @Query(() => X) @Access.verified() feed() {} }',
    '@Access.public() class C { @Get() live() {} }',
    'class R { @ResolveField(() => Y) author() {} }',
    'class R { helper() {} }',
  ],
  invalid: [
    { code: 'class R { @Mutation(() => X) createPost() {} }', errors: [{ messageId: 'missing', data: { name: 'createPost' } }] },
    { code: 'class R { @Subscription(() => X, { filter }) events() {} }', errors: [{ messageId: 'missing' }] },
    { code: 'class C { @Get("ready") @HttpCode(200) ready() {} }', errors: [{ messageId: 'missing' }] },
    { code: '@Injectable() class R { @Query(() => X) @Other() me() {} }', errors: [{ messageId: 'missing' }] },
  ],
});
