import { SignInForm } from './sign-in-form.tsx';

export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm />
    </>
  );
}
