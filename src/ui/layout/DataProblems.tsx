import { useAtlas } from '../../state/store';

/** Shown instead of the map when the data fails validation: every problem, as the checker prints it. */
export function DataProblems() {
  const problems = useAtlas((state) => state.dataProblems);
  return (
    <section className="data-problems" role="alert" aria-labelledby="data-problems-title">
      <h2 id="data-problems-title">The map's data has problems, so nothing is shown</h2>
      <p>
        Fix these in the data files, then run <code>npm run check-data</code>:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.file}${problem.path}${problem.reason}`}>
            <code>
              {problem.file}: {problem.path}: {problem.reason}
            </code>
          </li>
        ))}
      </ul>
    </section>
  );
}
