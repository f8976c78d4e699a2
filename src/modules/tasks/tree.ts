import type { Task } from './schemas.js'

export interface TaskNode { task: Task, children: TaskNode[] }

/** Nests tasks under their parents, keeping the given sibling order. */
export function buildTree (tasks: Task[]): TaskNode[] {
  const nodes = new Map(tasks.map((task) => [task.id, { task, children: [] as TaskNode[] }]))
  const roots: TaskNode[] = []
  for (const node of nodes.values()) {
    const parent = node.task.parentId === null ? undefined : nodes.get(node.task.parentId)
    if (parent === undefined) roots.push(node)
    else parent.children.push(node)
  }
  return roots
}
