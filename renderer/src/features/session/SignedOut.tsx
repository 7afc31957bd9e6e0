import { useState } from 'react';
import { RecoverScreen } from './RecoverScreen';
import { SignInScreen } from './SignInScreen';

export function SignedOut() {
  const [recovering, setRecovering] = useState(false);
  return recovering ? <RecoverScreen onBack={() => setRecovering(false)} /> : <SignInScreen onForgotPassword={() => setRecovering(true)} />;
}
