import { useEffect, useRef, useState } from 'react';

/** A success message after a change, focused when it appears so screen readers announce it. */
export function useNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  return { notice, setNotice, ref };
}
