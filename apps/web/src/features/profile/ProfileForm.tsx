import { Button, Group, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { SpecialtySelect } from '../../shared/reference/SpecialtySelect';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { UpdateProfileDocument } from './documents';

const FIELDS = ['fullName', 'title', 'bio', 'specialtyCode', 'experienceYears'] as const;
type Field = (typeof FIELDS)[number];

export interface ProfileFormValues {
  fullName: string;
  title: string | null;
  bio: string | null;
  specialtyCode: string | null;
  experienceYears: number | null;
}

export function ProfileForm({ initial }: { initial: ProfileFormValues }) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(initial.fullName);
  const [title, setTitle] = useState(initial.title ?? '');
  const [bio, setBio] = useState(initial.bio ?? '');
  const [specialtyCode, setSpecialtyCode] = useState<string | null>(initial.specialtyCode);
  const [experienceYears, setExperienceYears] = useState<number | string>(initial.experienceYears ?? '');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [saved, setSaved] = useState(false);
  const [updateProfile, { loading }] = useMutation(UpdateProfileDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setAlert(null);
    const errors: Partial<Record<Field, string>> = {};
    if (!fullName.trim()) errors.fullName = t('validation.required');
    const years = experienceYears === '' ? null : Number(experienceYears);
    if (years !== null && (!Number.isInteger(years) || years < 0 || years > 70)) {
      errors.experienceYears = t('validation.experienceRange');
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    try {
      await updateProfile({
        variables: {
          input: {
            fullName: fullName.trim(),
            title: title.trim(),
            bio: bio.trim(),
            specialtyCode,
            experienceYears: years,
          },
        },
      });
      setSaved(true);
    } catch (error) {
      const mapped = mapApiError(error, FIELDS);
      setFieldErrors(mapped.fieldErrors);
      setAlert(mapped.alert);
    }
  };

  const change = (field: Field) => {
    setSaved(false);
    setFieldErrors((errors) => (errors[field] ? { ...errors, [field]: undefined } : errors));
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack maw={640}>
        <ErrorAlert alert={alert} />
        <TextInput
          label={t('profile.fullName')}
          required
          autoComplete="name"
          value={fullName}
          onChange={(event) => {
            setFullName(event.currentTarget.value);
            change('fullName');
          }}
          error={fieldErrors.fullName}
        />
        <TextInput
          label={t('profile.jobTitle')}
          placeholder={t('profile.jobTitlePlaceholder')}
          value={title}
          maxLength={120}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            change('title');
          }}
          error={fieldErrors.title}
        />
        <SpecialtySelect
          label={t('profile.specialty')}
          value={specialtyCode}
          onChange={(code) => {
            setSpecialtyCode(code);
            change('specialtyCode');
          }}
          error={fieldErrors.specialtyCode}
        />
        <NumberInput
          label={t('profile.experienceYears')}
          min={0}
          max={70}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          value={experienceYears}
          onChange={(value) => {
            setExperienceYears(value);
            change('experienceYears');
          }}
          error={fieldErrors.experienceYears}
          w={{ base: '100%', xs: 220 }}
        />
        <Textarea
          label={t('profile.bio')}
          placeholder={t('profile.bioPlaceholder')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={2000}
          value={bio}
          onChange={(event) => {
            setBio(event.currentTarget.value);
            change('bio');
          }}
          error={fieldErrors.bio}
        />
        {saved ? <SuccessAlert onClose={() => setSaved(false)}>{t('profile.saved')}</SuccessAlert> : null}
        <Group>
          <Button type="submit" loading={loading}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
