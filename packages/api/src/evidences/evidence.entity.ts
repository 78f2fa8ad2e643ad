import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { EvidenceCategory } from './evidence-category.enum';

@Entity({ name: 'evidences' })
@ObjectType('Evidence', { description: 'A photo documenting a project; three EXPERT_CERTIFICATION photos allow certification.' })
export class Evidence {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  @Field(() => ID)
  projectId!: string;

  @Column({ name: 'file_url', type: 'text' })
  @Field(() => String)
  fileUrl!: string;

  @Column({ name: 'category', type: 'text' })
  @Field(() => EvidenceCategory)
  category!: EvidenceCategory;

  @Column({ name: 'show_on_web', type: 'boolean', default: false })
  @Field(() => Boolean)
  showOnWeb!: boolean;

  @Column({ name: 'is_featured', type: 'boolean', default: false })
  @Field(() => Boolean)
  isFeatured!: boolean;

  @Column({ name: 'uploaded_by', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'User id of the uploader.' })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  @Field(() => Date)
  uploadedAt!: Date;
}
