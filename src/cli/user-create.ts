import { Email, Password, Role } from '../platform/shared/atoms.ts';
import { createAccount } from '../features/accounts/server/accounts.queries.ts';
import { findPasswordProblem, loadCommonPasswords } from '../features/accounts/password-policy.ts';
import { createReadablePassword } from '../platform/server/secrets.ts';
import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import {
  parseOptions,
  requireOption,
  UsageError,
  withDatabase,
  type Command,
} from './cli-support.ts';

export const run: Command = async (args) => {
  const { values } = parseOptions(args, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    org: { type: 'string' },
    password: { type: 'string' },
  });
  const email = Email.safeParse(requireOption(values.email, 'email'));
  if (!email.success) throw new UsageError('--email is not a valid e-mail address');
  const name = requireOption(values.name, 'name').split(/\s+/);
  if (name.length < 2)
    throw new UsageError('--name must be first and last name, e.g. "Ada Lovelace"');
  const role = Role.safeParse(requireOption(values.role, 'role'));
  if (!role.success)
    throw new UsageError('--role must be admin, organizer, coordinator or activist');
  const slug = requireOption(values.org, 'org');
  const isGenerated = values.password === undefined;
  const password = values.password ?? createReadablePassword();
  if (!Password.safeParse(password).success)
    throw new UsageError('--password must be at least 10 characters');
  const reasons = {
    too_short: 'it must be at least 10 characters',
    too_long: 'it is too long',
    common_password: 'it is one of the most common passwords',
    repetitive_password: 'it repeats or runs through characters',
    personal_password: "it is built from the person's name, address or the association's name",
  };

  const account = await withDatabase(async ({ db }) => {
    const organization = await findOrganizationBySlug(db, slug);
    if (!organization) throw new UsageError(`no organization with slug "${slug}"`);
    if (organization.kind !== 'association')
      throw new UsageError(`"${slug}" is not an association`);
    // The same rules as a password chosen in the app (NIST SP 800-63B).
    const problem = findPasswordProblem(
      password,
      {
        firstName: name[0],
        lastName: name.slice(1).join(' '),
        email: email.data,
        organizationName: organization.name,
      },
      await loadCommonPasswords(),
    );
    if (problem) throw new UsageError(`--password is too easy to guess: ${reasons[problem]}`);
    return db.transaction().execute((trx) =>
      createAccount(trx, {
        organizationId: organization.id,
        email: email.data,
        firstName: name[0]!,
        lastName: name.slice(1).join(' '),
        role: role.data,
        password,
      }),
    );
  });
  return {
    json: {
      id: account.id,
      email: email.data,
      role: role.data,
      org: slug,
      ...(isGenerated ? { password } : {}),
    },
    text:
      `created ${role.data} ${email.data} in ${slug}` +
      (isGenerated ? `\npassword: ${password}` : ''),
  };
};
